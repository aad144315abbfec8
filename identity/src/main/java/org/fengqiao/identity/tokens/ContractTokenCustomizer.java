package org.fengqiao.identity.tokens;

import java.util.Map;

import org.fengqiao.identity.people.model.People;
import org.fengqiao.identity.people.model.Person;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the token contract's claims ({@link ContractClaims}) into the tokens the authorization server
 * issues: the access token of a person or of an outside system, and the ID token of a person. The
 * standard claims the server sets ({@code iss}, {@code iat}, {@code exp}, {@code nbf}, {@code jti})
 * stay as they are.
 */
public final class ContractTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final People people;
    private final ContractClaims claims;

    public ContractTokenCustomizer(People people, ContractClaims claims) {
        this.people = people;
        this.claims = claims;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        String clientId = context.getRegisteredClient().getClientId();
        Map<String, Object> contract;
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            contract = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    ? claims.systemAccessToken(clientId, context.getAuthorizedScopes())
                    : claims.accessToken(person(context), clientId, context.getAuthorizedScopes());
        } else if (ID_TOKEN.equals(context.getTokenType())) {
            contract = claims.idToken(person(context));
        } else {
            return;
        }
        context.getClaims().claims(existing -> existing.putAll(contract));
    }

    private Person person(JwtEncodingContext context) {
        String id = context.getPrincipal().getName();
        return people.find(id).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "the signed-in person is not known: " + id, null)));
    }
}
