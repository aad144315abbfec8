package org.fengqiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private static Jwt.Builder token(String subject) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void a_community_officer_is_read_from_the_platforms_claims() {
        Caller caller = Caller.of(token("CO-02").claim("kind", "POLICE").claim("roles", List.of("COMMUNITY_OFFICER"))
                .claim("grid_cells", List.of("GC-103", "GC-104")).claim("client_id", "officer-app").build());

        assertThat(caller.id()).isEqualTo("CO-02");
        assertThat(caller.kind()).isEqualTo(PersonKind.POLICE);
        assertThat(caller.has(Role.COMMUNITY_OFFICER)).isTrue();
        assertThat(caller.worksIn("GC-103")).isTrue();
        assertThat(caller.worksIn("GC-201")).isFalse();
        assertThat(caller.clientId()).isEqualTo("officer-app");
        assertThat(caller.isSystem()).isFalse();
    }

    @Test
    void roles_a_foreign_provider_adds_are_ignored_and_scopes_may_be_one_string() {
        Caller caller = Caller.of(token("city-hotline").claim("kind", "SYSTEM").claim("roles", List.of("realm-admin", "OPERATOR"))
                .claim("scope", "disputes.read disputes.report").claim("azp", "city-hotline").build());

        assertThat(caller.roles()).containsExactly(Role.OPERATOR);
        assertThat(caller.scopes()).containsExactlyInAnyOrder("disputes.read", "disputes.report");
        assertThat(caller.clientId()).isEqualTo("city-hotline");
        assertThat(caller.isSystem()).isTrue();
    }

    @Test
    void a_token_without_platform_claims_has_no_role_and_no_kind() {
        Caller caller = Caller.of(token("someone").claim("kind", "WIZARD").build());

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.kind()).isNull();
        assertThat(caller.hasAny(Role.values())).isFalse();
    }
}
