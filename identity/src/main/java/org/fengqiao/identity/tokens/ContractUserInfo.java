package org.fengqiao.identity.tokens;

import java.util.function.Function;

import org.fengqiao.identity.people.model.People;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/** The OpenID Connect userinfo endpoint's answer about the signed-in person ({@link ContractClaims#userInfo}). */
public final class ContractUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final People people;
    private final ContractClaims claims;

    public ContractUserInfo(People people, ContractClaims claims) {
        this.people = people;
        this.claims = claims;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        return people.find(context.getAuthorization().getPrincipalName())
                .map(person -> new OidcUserInfo(claims.userInfo(person)))
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
    }
}
