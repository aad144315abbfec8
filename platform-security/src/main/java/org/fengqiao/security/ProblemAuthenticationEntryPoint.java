package org.fengqiao.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a request without a valid token: the standard {@code WWW-Authenticate: Bearer} header
 * (with {@code error="invalid_token"} when a token was sent but refused) and a problem+json body
 * saying why, without revealing anything about the token's contents.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        bearer.commence(request, response, failure);
        boolean tokenSent = request.getHeader("Authorization") != null;
        String detail = tokenSent
                ? "The access token is not valid here (expired, from another issuer or audience, or not signed by the identity provider)."
                : "This operation needs an access token from the identity provider (Authorization: Bearer ...).";
        SecurityProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, SecurityProblems.UNAUTHENTICATED,
                "Sign-in required", detail, Map.of());
    }
}
