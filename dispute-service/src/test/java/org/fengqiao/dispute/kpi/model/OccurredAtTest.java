package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.MediationOutcome;
import org.junit.jupiter.api.Test;

class OccurredAtTest {

    /** One event of every type, the n-th happening on day n. */
    private static final List<DisputeEvent> ONE_OF_EACH = List.of(
            Events.reported("d-1", CELL, day(0)),
            Events.triaged("d-1", SOURCE_RESOLUTION, day(1)),
            Events.assigned("d-1", SOURCE_RESOLUTION, day(30), day(2)),
            Events.mediation("d-1", SOURCE_RESOLUTION, MediationOutcome.FAILED, day(3)),
            Events.escalated("d-1", SOURCE_RESOLUTION, PROFESSIONAL_MEDIATION, day(4)),
            Events.resolved("d-1", CELL, PROFESSIONAL_MEDIATION, day(5)),
            Events.closed("d-1", CELL, PROFESSIONAL_MEDIATION, ClosureReason.WITHDRAWN, day(6)),
            Events.reopened("d-1", PROFESSIONAL_MEDIATION, day(7)),
            Events.riskRaised("d-1", CELL, day(8)),
            Events.riskLowered("d-1", CELL, day(9)),
            Events.deadlineApproaching("d-1", PROFESSIONAL_MEDIATION, day(30), day(10)),
            Events.deadlinePassed("d-1", JOINT_MEDIATION, day(30), day(11)),
            Events.awaitingParty("d-1", day(12)),
            Events.resumed("d-1", day(40), day(13)),
            Events.invited("d-1", "housing-bureau", day(14)),
            Events.acknowledged("d-1", "housing-bureau", day(15)),
            new org.fengqiao.events.dispute.JointMediationReminded("d-1", "housing-bureau", day(14), day(16)),
            new org.fengqiao.events.dispute.JointMediationUnanswered("d-1", CELL, "housing-bureau", day(14), day(17)));

    @Test
    void every_dispute_event_type_is_covered() {
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(DisputeEvent.class.getPermittedSubclasses()));
    }

    @Test
    void each_event_happened_at_its_own_timestamp() {
        for (int n = 0; n < ONE_OF_EACH.size(); n++) {
            DisputeEvent event = ONE_OF_EACH.get(n);
            assertThat(event.occurredAt()).as(event.getClass().getSimpleName()).isEqualTo(day(n));
        }
    }
}
