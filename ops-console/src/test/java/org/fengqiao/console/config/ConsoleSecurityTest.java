package org.fengqiao.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class ConsoleSecurityTest {

    private static Collection<String> authoritiesOf(Object roles) {
        Map<String, Object> claims = roles == null ? Map.of("sub", "OP-01") : Map.of("sub", "OP-01", "roles", roles);
        OidcIdToken idToken = new OidcIdToken("token", Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T09:00:00Z"), claims);
        return ConsoleSecurity.rolesFromIdToken().mapAuthorities(List.of(new OidcUserAuthority(idToken)))
                .stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void the_roles_the_identity_provider_wrote_into_the_id_token_become_the_consoles_roles() {
        assertThat(authoritiesOf(List.of("OPERATOR"))).contains("ROLE_OPERATOR");
        assertThat(authoritiesOf(List.of("COMMUNITY_OFFICER", "MEDIATOR"))).contains("ROLE_COMMUNITY_OFFICER", "ROLE_MEDIATOR")
                .doesNotContain("ROLE_OPERATOR");
    }

    @Test
    void a_person_whose_id_token_names_no_roles_gets_none() {
        assertThat(authoritiesOf(null)).noneMatch(authority -> authority.startsWith("ROLE_"));
        assertThat(authoritiesOf("OPERATOR")).as("roles must be a list").noneMatch(authority -> authority.startsWith("ROLE_"));
    }
}
