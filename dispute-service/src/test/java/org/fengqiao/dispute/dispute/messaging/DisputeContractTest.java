package org.fengqiao.dispute.dispute.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fengqiao.dispute.dispute.model.DisputeChanged;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeClosed;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.dispute.RiskLevel;
import org.junit.jupiter.api.Test;

/** dispute-service's published language: what each of its events is published as. */
class DisputeContractTest {

    private static final String ID = "d-7";
    private static final Actor OFFICER = new Actor("CO-02", "COMMUNITY_OFFICER");
    private static final DisputeLayer SOURCE = DisputeLayer.SOURCE_RESOLUTION;
    private static final DisputeLayer JOINT = DisputeLayer.JOINT_MEDIATION;

    /** One event of every kind, the n-th happening n hours after the first. */
    private static final List<DisputeChanged> ONE_OF_EACH = List.of(
            new DisputeChanged.DisputeReported(ID, "GC-103", DisputeCategory.WAGE_ARREARS, List.of(new Party("Northgate Builders", "employer")),
                    "wages unpaid", 40, new Reporter("IV-0007", ReporterRole.INFORMATION_INVESTIGATOR),
                    new DisputeOrigin(DisputeOrigin.Kind.PATROL_INCIDENT, "patrol-service", "inc-3", "e-9"), hour(0)),
            new DisputeChanged.DisputeTriaged(ID, DisputeCategory.WAGE_ARREARS, RiskLevel.HIGH, JOINT, OFFICER, "gate blocked", hour(1)),
            new DisputeChanged.DisputeAssigned(ID, JOINT, "PM-03", hour(72), OFFICER, hour(2)),
            new DisputeChanged.MediationSessionRecorded(ID, JOINT, List.of("workers", "contractor"), MediationOutcome.PARTIAL, "half paid",
                    new Actor("PM-03", "MEDIATOR"), hour(3)),
            new DisputeChanged.DisputeEscalated(ID, SOURCE, DisputeLayer.PROFESSIONAL_MEDIATION, EscalationTrigger.DEADLINE_PASSED,
                    Actor.SYSTEM, "deadline passed", hour(4)),
            new DisputeChanged.DisputeResolved(ID, "GC-103", JOINT, "paid in full", OFFICER, hour(5)),
            new DisputeChanged.DisputeClosed(ID, "GC-103", JOINT, ClosureReason.PETITIONED, OFFICER, "went to the county", hour(6)),
            new DisputeChanged.DisputeReopened(ID, JOINT, OFFICER, "came back", hour(7)),
            new DisputeChanged.DisputeAwaitingParty(ID, OFFICER, "contractor abroad", hour(8)),
            new DisputeChanged.DisputeResumed(ID, hour(80), OFFICER, hour(9)),
            new DisputeChanged.DisputeRiskRaised(ID, "GC-103", "east gate", RiskLevel.HIGH, RiskLevel.LOW, List.of("gate-blocked"), null,
                    null, hour(10)),
            new DisputeChanged.DisputeRiskLowered(ID, "GC-103", "east gate", RiskLevel.LOW, RiskLevel.HIGH, OFFICER, "gate open", hour(11)),
            new DisputeChanged.DisputeDeadlineApproaching(ID, JOINT, "PM-03", hour(72), hour(12)),
            new DisputeChanged.DisputeDeadlinePassed(ID, JOINT, "PM-03", hour(72), hour(13)),
            new DisputeChanged.JointMediationInvited(ID, "DEPT-LABOUR", OFFICER, hour(14)),
            new DisputeChanged.JointMediationAcknowledged(ID, "DEPT-LABOUR", new Actor("LI-01", "DEPARTMENT_LIAISON"), hour(15)),
            new DisputeChanged.JointMediationReminded(ID, "DEPT-HOUSING", hour(14), hour(16)),
            new DisputeChanged.JointMediationUnanswered(ID, "GC-103", "DEPT-HOUSING", hour(14), hour(17)));

    private final DisputeContract contract = new DisputeContract();

    @Test
    void every_kind_of_event_is_published_as_the_record_of_its_name_at_its_own_time() {
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
                .as("one of each kind").containsExactlyInAnyOrderElementsOf(Arrays.asList(DisputeChanged.class.getPermittedSubclasses()));
        for (int n = 0; n < ONE_OF_EACH.size(); n++) {
            DisputeChanged event = ONE_OF_EACH.get(n);
            List<DisputeEvent> published = contract.publish(event);

            assertThat(published).as(event.getClass().getSimpleName()).singleElement().satisfies(record -> {
                assertThat(record.getClass().getSimpleName()).isEqualTo(event.getClass().getSimpleName());
                assertThat(record.disputeId()).isEqualTo(ID);
                assertThat(record.occurredAt()).as("its ce_time").isEqualTo(event.occurredAt());
                // what is published reads back the same, under its contract
                assertThat(EventJson.read(EventJson.write(record).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        EventCatalog.of(record))).isEqualTo(record);
            });
            assertThat(event.occurredAt()).isEqualTo(hour(n));
        }
        assertThat(ONE_OF_EACH.stream().map(e -> e.getClass().getSimpleName()))
                .as("every record of dispute.events has its event").containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream()
                        .filter(type -> type.topic().equals(org.fengqiao.events.Topics.DISPUTE_EVENTS)).map(type -> type.name()).toList());
    }

    @Test
    void the_published_records_carry_what_the_domain_events_say() {
        assertThat(contract.publish(ONE_OF_EACH.get(0))).singleElement().isEqualTo(new DisputeReported(ID, "GC-103",
                DisputeCategory.WAGE_ARREARS, List.of(new Party("Northgate Builders", "employer")), "wages unpaid", 40,
                new Reporter("IV-0007", ReporterRole.INFORMATION_INVESTIGATOR),
                hour(0), new DisputeOrigin(DisputeOrigin.Kind.PATROL_INCIDENT, "patrol-service", "inc-3", "e-9")));
        assertThat(contract.publish(ONE_OF_EACH.get(6))).singleElement().isEqualTo(new DisputeClosed(ID, "GC-103", JOINT,
                ClosureReason.PETITIONED, true, OFFICER, "went to the county", hour(6)));
    }

    private static Instant hour(int n) {
        return Instant.parse("2026-03-02T08:00:00Z").plusSeconds(3600L * n);
    }
}
