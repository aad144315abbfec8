package org.fengqiao.gateway.routes;

import java.net.URI;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells the service the address the client used ({@code X-Forwarded-Proto}, {@code -Host},
 * {@code -Port}, {@code -For}), so the links it builds (a {@code Location}, the servers of its API
 * document) point at the gateway, not at the service's own port.
 * <p>
 * The gateway is the edge: what a client sends in these headers (or in {@code Forwarded}) is
 * dropped by Spring Cloud Gateway's own filters, which run first, and replaced here by what the
 * gateway saw. A deployment behind a TLS terminator lets the gateway see the outer address with
 * {@code server.forward-headers-strategy}.
 */
final class ForwardedHeaders implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    /** After the filters that drop the client's forwarded headers (order 0). */
    static final int ORDER = 100;

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        URI address = request.uri();
        String scheme = address.getScheme();
        int port = address.getPort() >= 0 ? address.getPort() : "https".equals(scheme) ? 443 : 80;
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(input);
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Host", defaultPort ? address.getHost() : address.getHost() + ":" + port);
        headers.set("X-Forwarded-Port", String.valueOf(port));
        String client = request.servletRequest().getRemoteAddr();
        if (client != null) {
            headers.set("X-Forwarded-For", client);
        }
        return headers;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
