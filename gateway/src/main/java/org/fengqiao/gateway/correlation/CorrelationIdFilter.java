package org.fengqiao.gateway.correlation;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request the {@value #HEADER} that follows it through the platform: the client's own
 * when it looks sane, otherwise a new one. It runs before everything else, so the id is in every
 * answer, the gateway's own refusals (401, 413, 429) included, and the service receives exactly
 * the id the client is told.
 */
public final class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    /** The same rule as the services' (platform-kit), so an id the gateway keeps is never replaced behind it. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String LOG_KEY = "correlationId";

    /** The client's id when it is sane, otherwise a new random one. */
    public static String accept(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = accept(request.getHeader(HEADER));
        response.setHeader(HEADER, correlationId);
        MDC.put(LOG_KEY, correlationId);
        try {
            chain.doFilter(new CorrelatedRequest(request, correlationId), response);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }
}
