package org.fengqiao.patrol.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.patrol.incident.model.Incident;
import org.junit.jupiter.api.Test;

class TeamMonthTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant EVENING = Instant.parse("2026-06-18T11:05:00Z");

    private static TeamMonth.PatrolledShift shift(long version, String... visited) {
        return new TeamMonth.PatrolledShift("s-1", version, "GB-221", EVENING, List.of(visited), 0);
    }

    @Test
    void a_shift_counted_again_or_an_older_state_of_it_after_a_newer_one_changes_nothing() {
        TeamMonth month = TeamMonth.empty("PT-31", JUNE).with(shift(0)).with(shift(2, "CP1", "CP2"));

        assertThat(month.with(shift(2, "CP1", "CP2"))).as("the same state again").isSameAs(month);
        assertThat(month.with(shift(1, "CP1"))).as("an older state, counted late").isSameAs(month);
        assertThat(month.shifts()).containsExactly(shift(2, "CP1", "CP2"));
        assertThat(month.with(shift(3, "CP1", "CP2", "CP3")).shifts()).as("a newer state replaces the share")
                .containsExactly(shift(3, "CP1", "CP2", "CP3"));
        assertThat(month.withMissed("m-1").withMissed("m-1").totals(ZONE, id -> Optional.empty()).missedShifts()).isEqualTo(1);
    }

    @Test
    void an_older_state_of_an_incident_counted_after_a_newer_one_changes_nothing() {
        TeamMonth.IncidentShare acknowledged = new TeamMonth.IncidentShare("i-1", 3, true, 0, 0, "GB-142", IncidentCategory.THEFT, true,
                EVENING, EVENING.plusSeconds(84));
        TeamMonth.IncidentShare reported = new TeamMonth.IncidentShare("i-1", 1, true, 0, 0, "GB-142", IncidentCategory.THEFT, true,
                EVENING, null);
        TeamMonth month = TeamMonth.empty("PT-20", JUNE).with(acknowledged);

        assertThat(month.with(reported)).isSameAs(month);
        assertThat(month.totals(ZONE, id -> Optional.empty()).urgentAcknowledgedAfterMillis()).containsExactly(84_000L);
    }

    @Test
    void an_incident_counts_for_the_team_that_reported_it_and_for_each_team_given_a_task() {
        Incident incident = Incident.report("i-1", "PT-20", "GB-142", "GC-104", IncidentCategory.THEFT, true, "Tower 7", "Climbers",
                List.of(), List.of("PT-21"), "PT-20-M02", EVENING);
        incident.acknowledge("PO-01", EVENING.plusSeconds(84));
        incident.assignTask("t-1", "PT-20", "Seal the tower", "PO-01", EVENING.plusSeconds(90));
        incident.assignTask("t-2", "PT-21", "Search the floors", "PO-01", EVENING.plusSeconds(95));
        incident.reportTask("t-2", "PT-21", "Two men found", "PT-21-M01", EVENING.plusSeconds(900));

        Map<String, TeamMonth.IncidentShare> shares = TeamMonth.IncidentShare.of(incident.snapshot());

        assertThat(shares).containsOnlyKeys("PT-20", "PT-21");
        TeamTotals reporter = TeamMonth.empty("PT-20", JUNE).with(shares.get("PT-20")).totals(ZONE, id -> Optional.empty());
        assertThat(List.of(reporter.incidentsReported(), reporter.tasksAssigned(), reporter.tasksReported(), reporter.urgentIncidents()))
                .containsExactly(1, 1, 0, 1);
        assertThat(reporter.urgentAcknowledgedAfterMillis()).containsExactly(84_000L);
        assertThat(reporter.incidentsByBlockAndCategory()).isEqualTo(Map.of("GB-142", Map.of("THEFT", 1)));
        TeamTotals tasked = TeamMonth.empty("PT-21", JUNE).with(shares.get("PT-21")).totals(ZONE, id -> Optional.empty());
        assertThat(List.of(tasked.incidentsReported(), tasked.tasksAssigned(), tasked.tasksReported(), tasked.urgentIncidents()))
                .as("a task, reported on; not its incident").containsExactly(0, 1, 1, 0);
        assertThat(tasked.incidentsByBlockAndCategory()).isEmpty();
    }
}
