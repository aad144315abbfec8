package org.fengqiao.identity.clients.application;

import java.util.function.Consumer;

import org.fengqiao.identity.clients.model.AdmittedPeople;
import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.people.model.Person;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Checks, at the authorization endpoint, that the signed-in person is someone the app is for
 * ({@link AdmittedPeople}); otherwise the app gets {@code error=access_denied} at its redirect URI
 * and no code, so no token is ever issued. Runs after the standard checks of the redirect URI and
 * scopes, and only once somebody has signed in: before that the person is asked to sign in first.
 */
public final class ClientAdmission implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private final People people;

    public ClientAdmission(People people) {
        this.people = people;
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (!(request.getPrincipal() instanceof Authentication principal) || !signedIn(principal)) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        AdmittedPeople admitted = client.getClientSettings().getSetting(ClientRegistrations.ADMITTED_PEOPLE);
        Person person = people.find(principal.getName()).orElse(null);
        if (admitted == null || person == null || !admitted.admits(person)) {
            String description = client.getClientId() + " signs in " + (admitted == null ? "nobody" : admitted.inWords());
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, description, null), withRedirectUri(request, client));
        }
    }

    private static boolean signedIn(Authentication principal) {
        return principal.isAuthenticated() && !(principal instanceof AnonymousAuthenticationToken);
    }

    /** The refusal goes back to the app; a request may leave out the redirect URI when the app has only one. */
    private static OAuth2AuthorizationCodeRequestAuthenticationToken withRedirectUri(
            OAuth2AuthorizationCodeRequestAuthenticationToken request, RegisteredClient client) {
        if (request.getRedirectUri() != null && !request.getRedirectUri().isBlank()) {
            return request;
        }
        String registered = client.getRedirectUris().iterator().next();
        return new OAuth2AuthorizationCodeRequestAuthenticationToken(request.getAuthorizationUri(), request.getClientId(),
                (Authentication) request.getPrincipal(), registered, request.getState(), request.getScopes(),
                request.getAdditionalParameters());
    }
}
