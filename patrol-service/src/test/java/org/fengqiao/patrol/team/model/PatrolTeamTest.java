package org.fengqiao.patrol.team.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.junit.jupiter.api.Test;

class PatrolTeamTest {

    private static final Instant NOW = Instant.parse("2026-01-10T19:00:00Z");

    @Test
    void a_registered_team_raises_patrol_team_registered() {
        PatrolTeam team = PatrolTeam.register("t-1", "Maple Court Red Butler Patrol", PatrolTeamType.RED_BUTLER,
                List.of("GB-101", "GB-102"), 12, NOW);

        assertThat(team.version()).isNull();
        assertThat(team.raisedEvents()).containsExactly(new TeamChanged.PatrolTeamRegistered("t-1", "Maple Court Red Butler Patrol",
                PatrolTeamType.RED_BUTLER, List.of("GB-101", "GB-102"), 12, NOW));
    }

    @Test
    void a_team_may_register_before_its_grid_blocks_are_assigned_and_lists_each_block_once() {
        assertThat(PatrolTeam.register("t-1", "Willow Bank Blue Shield", PatrolTeamType.BLUE_SHIELD, null, 5, NOW)
                .gridBlockIds()).isEmpty();
        assertThat(PatrolTeam.register("t-2", "Willow Bank Campus Guard", PatrolTeamType.CAMPUS_GUARD,
                List.of("GB-201", "GB-202", "GB-201"), 5, NOW).gridBlockIds()).containsExactly("GB-201", "GB-202");
    }

    @Test
    void a_restored_team_raises_nothing() {
        PatrolTeam team = PatrolTeam.restore("t-1", "Maple Court Red Butler Patrol", PatrolTeamType.RED_BUTLER,
                List.of("GB-101"), 12, NOW, 2L);

        assertThat(team.raisedEvents()).isEmpty();
        assertThat(team.version()).isEqualTo(2L);
    }

    @Test
    void names_are_compared_without_case_or_extra_spaces() {
        PatrolTeam team = PatrolTeam.register("t-1", "  Maple Court Red Butler Patrol ", PatrolTeamType.RED_BUTLER,
                List.of(), 12, NOW);

        assertThat(team.name()).isEqualTo("Maple Court Red Butler Patrol");
        assertThat(team.nameKey()).isEqualTo(PatrolTeam.nameKey("MAPLE COURT   red butler\tPATROL"));
        assertThat(team.nameKey()).isNotEqualTo(PatrolTeam.nameKey("Maple Court Red Butler Patrol 2"));
    }

    @Test
    void a_team_needs_a_name_members_within_bounds_and_well_formed_grid_blocks() {
        assertThatThrownBy(() -> PatrolTeam.register("t-1", " ", PatrolTeamType.OTHER, List.of(), 3, NOW))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> PatrolTeam.register("t-1", "x".repeat(201), PatrolTeamType.OTHER, List.of(), 3, NOW))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> PatrolTeam.register("t-1", "Quiet Lane Patrol", PatrolTeamType.OTHER, List.of(), 0, NOW))
                .hasMessageContaining("members");
        assertThatThrownBy(() -> PatrolTeam.register("t-1", "Quiet Lane Patrol", PatrolTeamType.OTHER, List.of(), 501, NOW))
                .hasMessageContaining("members");
        assertThatThrownBy(() -> PatrolTeam.register("t-1", "Quiet Lane Patrol", PatrolTeamType.OTHER, List.of("GC-101"), 3, NOW))
                .hasMessageContaining("GC-101");
    }
}
