package org.fengqiao.console.config;

import org.fengqiao.events.access.TokenClaims;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says who is signed in: the person's id (the token's subject) and name. */
@ControllerAdvice
class SignedInOperator {

    record Operator(String id, String name) {
    }

    @ModelAttribute("operator")
    Operator operator(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        Object name = user.getClaims().get(TokenClaims.NAME);
        return new Operator(user.getSubject(), name == null ? user.getSubject() : name.toString());
    }
}
