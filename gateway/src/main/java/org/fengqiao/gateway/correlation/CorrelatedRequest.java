package org.fengqiao.gateway.correlation;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** The request as the rest of the gateway (and so the service) sees it: with the accepted correlation id in place of the client's. */
final class CorrelatedRequest extends HttpServletRequestWrapper {

    private final String correlationId;

    CorrelatedRequest(HttpServletRequest request, String correlationId) {
        super(request);
        this.correlationId = correlationId;
    }

    @Override
    public String getHeader(String name) {
        return isCorrelationId(name) ? correlationId : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isCorrelationId(name) ? Collections.enumeration(Set.of(correlationId)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Enumeration<String> given = super.getHeaderNames(); given.hasMoreElements(); ) {
            String name = given.nextElement();
            if (!isCorrelationId(name)) {
                names.add(name);
            }
        }
        names.add(CorrelationIdFilter.HEADER);
        return Collections.enumeration(names);
    }

    private static boolean isCorrelationId(String name) {
        return CorrelationIdFilter.HEADER.equalsIgnoreCase(name);
    }
}
