package org.fengqiao.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Tells a refused token apart from a token that could not be checked. A token that is not valid
 * gets the usual 401. When the identity provider's keys cannot be fetched, the token may well be
 * valid: the client gets 503 problem+json and tries again, rather than a 500 or being told to
 * sign in again.
 */
public final class TokenCheckFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenCheckFailure.class);

    private final AuthenticationEntryPoint unauthenticated;

    public TokenCheckFailure(AuthenticationEntryPoint unauthenticated) {
        this.unauthenticated = unauthenticated;
    }

    /** Installs this handler on the bearer-token filter of a resource-server chain. */
    public static ObjectPostProcessor<BearerTokenAuthenticationFilter> postProcessor(AuthenticationEntryPoint unauthenticated) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new TokenCheckFailure(unauthenticated));
                return filter;
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof AuthenticationServiceException)) {
            unauthenticated.commence(request, response, failure);
            return;
        }
        log.warn("an access token could not be checked: {}", failure.getMessage());
        SecurityProblems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, SecurityProblems.SERVICE_UNAVAILABLE,
                "Sign-in check unavailable",
                "The identity provider cannot be reached to check the access token right now; try again shortly.", Map.of());
    }
}
