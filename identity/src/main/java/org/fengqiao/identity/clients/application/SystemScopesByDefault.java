package org.fengqiao.identity.clients.application;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * An outside system that asks for a token without naming scopes gets all of its registered scopes
 * (RFC 6749, section 3.3 allows a pre-defined default), instead of a token that may do nothing.
 * Naming scopes still narrows the token to them.
 */
public final class SystemScopesByDefault implements AuthenticationConverter {

    private final OAuth2ClientCredentialsAuthenticationConverter standard = new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = standard.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token && token.getScopes().isEmpty()
                && token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                    token.getAdditionalParameters());
        }
        return converted;
    }
}
