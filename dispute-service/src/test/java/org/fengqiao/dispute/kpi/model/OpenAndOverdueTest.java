package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.assigned;
import static org.fengqiao.dispute.kpi.model.Events.awaitingParty;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.deadlinePassed;
import static org.fengqiao.dispute.kpi.model.Events.escalated;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.resolved;
import static org.fengqiao.dispute.kpi.model.Events.resumed;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.dispute.kpi.model.Station.JANUARY_ON_DAY_60;
import static org.fengqiao.events.dispute.DisputeLayer.INFORMATION;
import static org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.util.List;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.junit.jupiter.api.Test;

class OpenAndOverdueTest {

    private final KpiReport station = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60);

    private static List<String> open(KpiReport report, DisputeLayer layer) {
        return report.openByLayer().get(layer).disputeIds();
    }

    private static List<String> overdue(KpiReport report, DisputeLayer layer) {
        return report.overdueByLayer().get(layer).disputeIds();
    }

    @Test
    void disputes_not_concluded_at_as_of_are_open_at_their_current_layer() {
        assertThat(station.openByLayer().get(JOINT_MEDIATION))
                .isEqualTo(new CaseCount("openByLayer.JOINT_MEDIATION", 1, List.of("d-overdue")));
        assertThat(station.openByLayer().get(PROFESSIONAL_MEDIATION))
                .isEqualTo(new CaseCount("openByLayer.PROFESSIONAL_MEDIATION", 1, List.of("d-awaiting")));
        assertThat(station.openByLayer().values().stream().mapToLong(CaseCount::count).sum()).isEqualTo(2);
    }

    @Test
    void a_dispute_still_open_past_its_deadline_is_overdue_at_its_layer() {
        assertThat(station.overdueByLayer().get(JOINT_MEDIATION))
                .isEqualTo(new CaseCount("overdueByLayer.JOINT_MEDIATION", 1, List.of("d-overdue")));
    }

    @Test
    void a_dispute_awaiting_a_party_past_its_deadline_is_open_but_not_overdue() {
        assertThat(open(station, PROFESSIONAL_MEDIATION)).containsExactly("d-awaiting");
        assertThat(overdue(station, PROFESSIONAL_MEDIATION)).isEmpty();
    }

    @Test
    void a_dispute_is_not_overdue_before_its_deadline_passes() {
        KpiReport onDay33 = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60.withAsOf(day(33)));

        assertThat(open(onDay33, JOINT_MEDIATION)).containsExactly("d-overdue");
        assertThat(overdue(onDay33, JOINT_MEDIATION)).isEmpty();
    }

    @Test
    void a_resumed_dispute_is_measured_against_its_moved_deadline() {
        List<DisputeEvent> events = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(0)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(0)),
                awaitingParty("d-1", day(2)),
                resumed("d-1", day(15), day(10)));

        assertThat(overdue(DisputeKpis.compute(events, JANUARY_ON_DAY_60.withAsOf(day(12))), SOURCE_RESOLUTION)).isEmpty();
        assertThat(overdue(DisputeKpis.compute(events, JANUARY_ON_DAY_60.withAsOf(day(16))), SOURCE_RESOLUTION))
                .containsExactly("d-1");
    }

    @Test
    void a_resumption_without_a_deadline_keeps_the_one_assigned() {
        List<DisputeEvent> events = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(0)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(0)),
                awaitingParty("d-1", day(2)),
                resumed("d-1", null, day(10)));

        assertThat(overdue(DisputeKpis.compute(events, JANUARY_ON_DAY_60), SOURCE_RESOLUTION)).containsExactly("d-1");
    }

    @Test
    void a_dispute_escalated_and_waiting_to_be_assigned_has_no_deadline_yet() {
        List<DisputeEvent> events = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(0)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(0)),
                deadlinePassed("d-1", SOURCE_RESOLUTION, day(7), day(7)),
                escalated("d-1", SOURCE_RESOLUTION, PROFESSIONAL_MEDIATION, day(7)));

        KpiReport report = DisputeKpis.compute(events, JANUARY_ON_DAY_60);

        assertThat(open(report, PROFESSIONAL_MEDIATION)).containsExactly("d-1");
        assertThat(open(report, SOURCE_RESOLUTION)).isEmpty();
        assertThat(report.overdueByLayer().values()).allSatisfy(count -> assertThat(count.count()).isZero());
    }

    @Test
    void an_escalation_ends_the_wait_on_a_party_and_the_next_assignment_sets_a_new_deadline() {
        List<DisputeEvent> events = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(0)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(0)),
                awaitingParty("d-1", day(2)),
                escalated("d-1", SOURCE_RESOLUTION, PROFESSIONAL_MEDIATION, day(3)),
                assigned("d-1", PROFESSIONAL_MEDIATION, day(18), day(4)));

        assertThat(overdue(DisputeKpis.compute(events, JANUARY_ON_DAY_60), PROFESSIONAL_MEDIATION)).containsExactly("d-1");
    }

    @Test
    void a_dispute_not_yet_triaged_is_open_at_the_information_layer() {
        KpiReport report = DisputeKpis.compute(List.of(reported("d-1", CELL, day(1))), JANUARY_ON_DAY_60);

        assertThat(open(report, INFORMATION)).containsExactly("d-1");
        assertThat(overdue(report, INFORMATION)).isEmpty();
    }

    @Test
    void a_concluded_dispute_is_neither_open_nor_overdue_even_past_its_old_deadline() {
        List<DisputeEvent> events = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(0)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(0)),
                resolved("d-1", CELL, SOURCE_RESOLUTION, day(3)));

        KpiReport report = DisputeKpis.compute(events, JANUARY_ON_DAY_60);

        assertThat(report.openByLayer().values()).allSatisfy(count -> assertThat(count.disputeIds()).isEmpty());
        assertThat(report.overdueByLayer().values()).allSatisfy(count -> assertThat(count.disputeIds()).isEmpty());
    }
}
