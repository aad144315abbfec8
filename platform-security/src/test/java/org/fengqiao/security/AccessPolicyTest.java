package org.fengqiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.fengqiao.events.access.Role;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    @Test
    void a_literal_path_is_matched_before_a_pattern_that_would_swallow_it() {
        AccessPolicy policy = AccessPolicy.of("notifications",
                AccessRule.on(GET, "/api/v1/notifications/{id}").roles(Role.RESIDENT).always(),
                AccessRule.on(GET, "/api/v1/notifications/parked").roles(Role.OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/notifications/parked/replay").roles(Role.OPERATOR).always(),
                AccessRule.open(GET, "/swagger-ui/**"));

        assertThat(policy.inMatchingOrder()).extracting(AccessRule::operation).containsSubsequence(
                "GET /api/v1/notifications/parked", "GET /api/v1/notifications/{id}");
        assertThat(policy.inMatchingOrder().get(policy.inMatchingOrder().size() - 1).path()).isEqualTo("/swagger-ui/**");
    }

    @Test
    void a_rule_nobody_could_pass_and_two_rules_for_one_operation_are_mistakes() {
        assertThatThrownBy(() -> AccessRule.on(GET, "/api/v1/x").always()).hasMessageContaining("names no role and no scope");
        assertThatThrownBy(() -> AccessPolicy.merge("service", List.of(
                AccessPolicy.of("a", AccessRule.on(GET, "/api/v1/x").roles(Role.OPERATOR).always()),
                AccessPolicy.of("b", AccessRule.on(GET, "/api/v1/x").roles(Role.RESIDENT).always()))))
                .hasMessageContaining("two rules for GET /api/v1/x");
    }

    @Test
    void roles_and_scopes_become_the_authorities_that_pass() {
        AccessRule rule = AccessRule.on(GET, "/api/v1/kpis").roles(Role.OPERATOR, Role.POLICE_OFFICER).scopes("kpis.read").always();

        assertThat(rule.authorities()).containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_POLICE_OFFICER", "SCOPE_kpis.read");
        assertThat(AccessPolicyOpenApi.who(rule)).isEqualTo("**Who may:** POLICE_OFFICER, OPERATOR; systems with scope kpis.read.");
    }
}
