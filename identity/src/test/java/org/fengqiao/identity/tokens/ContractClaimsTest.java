package org.fengqiao.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.TokenClaims;
import org.fengqiao.identity.people.model.Person;
import org.junit.jupiter.api.Test;

class ContractClaimsTest {

    private static final ContractClaims CLAIMS = new ContractClaims(TokenClaims.PLATFORM_AUDIENCE);
    private static final Person OFFICER = new Person("CO-02", "Officer Mo Chen", PersonKind.POLICE, List.of(Role.COMMUNITY_OFFICER),
            List.of("GC-103", "GC-104"), null, null);
    private static final Person PATROL_LEADER = new Person("PT-01-M01", "Ke Danxin", PersonKind.PATROL_VOLUNTEER,
            List.of(Role.PATROL_LEADER), null, "PT-01", null);
    private static final Person LIAISON = new Person("DEPT-HOUSING-LIAISON", "Ye Jingrou", PersonKind.DEPARTMENT_LIAISON,
            List.of(Role.DEPARTMENT_LIAISON), List.of(), null, "DEPT-HOUSING");

    @Test
    void a_community_officers_token_names_them_their_roles_and_grid_cells_and_both_audiences() {
        assertThat(CLAIMS.accessToken(OFFICER, "officer-app", Set.of("profile", "openid")))
                .containsEntry("sub", "CO-02")
                .containsEntry("aud", List.of("officer-app", "fengqiao-api"))
                .containsEntry("kind", "POLICE")
                .containsEntry("roles", List.of("COMMUNITY_OFFICER"))
                .containsEntry("grid_cells", List.of("GC-103", "GC-104"))
                .containsEntry("name", "Officer Mo Chen")
                .containsEntry("client_id", "officer-app")
                .containsEntry("scope", List.of("openid", "profile"))
                .doesNotContainKeys("team", "department");
    }

    @Test
    void a_patrol_leader_carries_the_team_and_a_liaison_the_department_and_neither_has_grid_cells() {
        assertThat(CLAIMS.accessToken(PATROL_LEADER, "officer-app", Set.of()))
                .containsEntry("team", "PT-01").doesNotContainKeys("grid_cells", "department");
        assertThat(CLAIMS.accessToken(LIAISON, "officer-app", Set.of()))
                .containsEntry("department", "DEPT-HOUSING").doesNotContainKeys("grid_cells", "team");
    }

    @Test
    void an_outside_system_is_kind_system_with_no_roles_and_no_person() {
        assertThat(CLAIMS.systemAccessToken("city-hotline", Set.of("disputes.report", "disputes.read")))
                .containsEntry("sub", "city-hotline")
                .containsEntry("kind", "SYSTEM")
                .containsEntry("roles", List.of())
                .containsEntry("scope", List.of("disputes.read", "disputes.report"))
                .containsEntry("aud", List.of("city-hotline", "fengqiao-api"))
                .doesNotContainKeys("name", "grid_cells", "team", "department");
    }

    @Test
    void the_id_token_says_who_not_where() {
        assertThat(CLAIMS.idToken(OFFICER)).containsOnlyKeys("name", "kind", "roles");
    }

    @Test
    void a_configured_audience_replaces_the_platforms() {
        assertThat(new ContractClaims("city-api").accessToken(OFFICER, "officer-app", Set.of()))
                .containsEntry("aud", List.of("officer-app", "city-api"));
    }
}
