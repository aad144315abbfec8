package org.fengqiao.gateway.routes;

import java.util.Locale;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Drops from a service's answer the headers the gateway itself answers for: the correlation id
 * (already set, to the same value, before the request went out) and cross-origin headers (the
 * gateway's CORS policy is the only one a browser should see). Without this a client would get
 * each of them twice.
 */
final class BackendResponseHeaders implements HttpHeadersFilter.ResponseHttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
        HttpHeaders kept = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!ownedByGateway(name)) {
                kept.addAll(name, values);
            }
        });
        return kept;
    }

    private static boolean ownedByGateway(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("x-correlation-id") || lower.startsWith("access-control-");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
