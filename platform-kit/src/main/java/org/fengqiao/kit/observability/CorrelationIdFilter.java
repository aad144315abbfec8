package org.fengqiao.kit.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts (or joins) a flow for each HTTP request: the caller's {@value #HEADER} is kept when it
 * looks sane, otherwise a new id is made; either way it is echoed in the response.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String correlationId = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, correlationId);
        ServletException[] servletFailure = new ServletException[1];
        IOException[] ioFailure = new IOException[1];
        CorrelationContext.run(correlationId, null, () -> {
            try {
                chain.doFilter(request, response);
            } catch (ServletException e) {
                servletFailure[0] = e;
            } catch (IOException e) {
                ioFailure[0] = e;
            }
        });
        if (servletFailure[0] != null) {
            throw servletFailure[0];
        }
        if (ioFailure[0] != null) {
            throw ioFailure[0];
        }
    }
}
