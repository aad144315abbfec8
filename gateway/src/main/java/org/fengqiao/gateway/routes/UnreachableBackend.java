package org.fengqiao.gateway.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.gateway.GatewayProblems;
import org.fengqiao.security.SecurityProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.core.Ordered;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service that cannot be reached answers as problem+json, like every other refusal: 503
 * ({@link GatewayProblems#SERVICE_UNAVAILABLE}) when no connection could be made (the service is
 * down or starting), 502 ({@link GatewayProblems#BAD_GATEWAY}) when it broke off the exchange.
 * The client may retry either; nothing says whether a broken-off write took effect, so clients
 * retry writes only when they are idempotent.
 */
final class UnreachableBackend implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnreachableBackend.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(failure instanceof ResourceAccessException)) {
            return null;
        }
        Object service = request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
        if (response.isCommitted()) {
            // a stream broke off half-way: the client sees the connection end, there is nothing more to say
            log.info("{} broke off an answer already under way: {}", service, failure.getMessage());
            return new ModelAndView();
        }
        boolean notConnected = notConnected(failure);
        log.warn("{} could not be reached: {}", service, failure.getMessage());
        try {
            SecurityProblems.write(request, response,
                    notConnected ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_GATEWAY,
                    notConnected ? GatewayProblems.SERVICE_UNAVAILABLE : GatewayProblems.BAD_GATEWAY,
                    notConnected ? "Service unavailable" : "Bad gateway",
                    notConnected ? "The service behind this path cannot be reached right now; try again shortly."
                            : "The service behind this path broke off the exchange; try again shortly.",
                    service == null ? Map.of() : Map.of("service", service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    private static boolean notConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // before Spring MVC's own resolvers; Boot's error attributes (highest precedence) only record the failure
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
