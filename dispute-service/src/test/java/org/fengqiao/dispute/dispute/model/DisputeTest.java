package org.fengqiao.dispute.dispute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Reporter INVESTIGATOR = new Reporter("IV-0007", ReporterRole.INFORMATION_INVESTIGATOR);
    private static final Actor OFFICER = new Actor("CO-02", "COMMUNITY_OFFICER");
    private static final Actor SITE_UNIT = new Actor("SU-0103", "SOURCE_MEDIATOR");
    private static final RiskAssessment LOW = new RiskAssessment(RiskLevel.LOW, List.of());
    private static final DeadlinePolicy DEADLINES = new DeadlinePolicy(
            Map.of(DisputeLayer.SOURCE_RESOLUTION, Duration.ofDays(7), DisputeLayer.PROFESSIONAL_MEDIATION, Duration.ofDays(15),
                    DisputeLayer.JOINT_MEDIATION, Duration.ofDays(30)),
            Map.of(RiskLevel.HIGH, 0.5), Duration.ofDays(1));

    private static Dispute reported() {
        return Dispute.report("d-1", "GC-103", DisputeCategory.WAGE_ARREARS,
                List.of(new Party("Northgate Builders", "general contractor")), "wages unpaid", 40, INVESTIGATOR, NOW);
    }

    private static Dispute assignedAtSource() {
        Dispute dispute = reported();
        dispute.triage(OFFICER, DisputeCategory.WAGE_ARREARS, DisputeLayer.SOURCE_RESOLUTION, "east gate", LOW, null, NOW);
        dispute.assign(OFFICER, "SU-0103", DEADLINES, NOW);
        return dispute;
    }

    private static <T extends DisputeChanged> List<T> raised(Dispute dispute, Class<T> type) {
        return dispute.raisedEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_reported_dispute_waits_in_the_information_layer_and_raises_dispute_reported() {
        Dispute dispute = reported();

        assertThat(dispute.status()).isEqualTo(DisputeStatus.REPORTED);
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.INFORMATION);
        assertThat(dispute.raisedEvents()).containsExactly(new DisputeChanged.DisputeReported("d-1", "GC-103",
                DisputeCategory.WAGE_ARREARS, List.of(new Party("Northgate Builders", "general contractor")), "wages unpaid", 40,
                INVESTIGATOR, null, NOW));
        assertThat(dispute.timeline()).extracting(TimelineEntry::eventType).containsExactly("DisputeReported");
    }

    @Test
    void a_high_risk_at_triage_starts_at_professional_mediation_and_raises_the_risk_for_patrols() {
        Dispute dispute = reported();

        dispute.triage(OFFICER, DisputeCategory.WAGE_ARREARS, DisputeLayer.SOURCE_RESOLUTION, "east gate",
                new RiskAssessment(RiskLevel.HIGH, List.of("gate-blocked")), "gate blocked this morning", NOW);

        assertThat(dispute.layer()).isEqualTo(DisputeLayer.PROFESSIONAL_MEDIATION);
        assertThat(raised(dispute, DisputeChanged.DisputeRiskRaised.class)).singleElement().satisfies(risk -> {
            assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(risk.site()).isEqualTo("east gate");
            assertThat(risk.firedRules()).containsExactly("gate-blocked");
        });
    }

    @Test
    void only_the_assignee_records_mediation() {
        Dispute dispute = assignedAtSource();

        assertThatThrownBy(() -> dispute.recordMediation(new Actor("PM-03", "MEDIATOR"), List.of("workers"), MediationOutcome.FAILED, null, NOW))
                .isInstanceOfSatisfying(RuleViolatedException.class, e -> assertThat(e.field()).isEqualTo("actor"));
        dispute.recordMediation(SITE_UNIT, List.of("workers"), MediationOutcome.FAILED, "no money", NOW);
        assertThat(dispute.timeline()).last().extracting(TimelineEntry::summary).asString().contains("FAILED");
    }

    @Test
    void escalating_moves_to_the_next_layer_unassigned_and_nothing_escalates_past_joint_mediation() {
        Dispute dispute = assignedAtSource();

        dispute.escalate(OFFICER, EscalationTrigger.MEDIATION_FAILED, "no agreement", NOW);
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.PROFESSIONAL_MEDIATION);
        assertThat(dispute.assigneeId()).isNull();
        dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW);

        assertThatThrownBy(() -> dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW))
                .isInstanceOfSatisfying(RuleViolatedException.class, e -> assertThat(e.field()).isEqualTo("layer"));
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.JOINT_MEDIATION);
    }

    @Test
    void a_closed_dispute_cannot_be_resolved_but_can_be_reopened_as_a_recurrence() {
        Dispute dispute = assignedAtSource();
        dispute.close(OFFICER, ClosureReason.PETITIONED, "went to the county", NOW);

        assertThat(raised(dispute, DisputeChanged.DisputeClosed.class)).singleElement().extracting(closed -> closed.closure().pushedUpward())
                .isEqualTo(true);
        assertThatThrownBy(() -> dispute.resolve(OFFICER, "paid", NOW)).isInstanceOf(RuleViolatedException.class);
        dispute.reopen(OFFICER, "the workers came back", NOW);
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.recurrences()).isEqualTo(1);
    }

    @Test
    void the_deadline_is_announced_once_then_a_passed_deadline_escalates_by_itself() {
        Dispute dispute = assignedAtSource();
        Instant deadline = NOW.plus(Duration.ofDays(7));

        assertThat(dispute.checkDeadline(DEADLINES, deadline.minus(Duration.ofDays(2)))).isFalse();
        assertThat(dispute.checkDeadline(DEADLINES, deadline.minus(Duration.ofHours(12)))).isTrue();
        assertThat(dispute.checkDeadline(DEADLINES, deadline.minus(Duration.ofHours(6)))).isFalse();
        assertThat(dispute.checkDeadline(DEADLINES, deadline)).isTrue();

        assertThat(raised(dispute, DisputeChanged.DisputeDeadlineApproaching.class)).hasSize(1);
        assertThat(raised(dispute, DisputeChanged.DisputeDeadlinePassed.class)).hasSize(1);
        assertThat(raised(dispute, DisputeChanged.DisputeEscalated.class)).singleElement()
                .satisfies(e -> assertThat(e.trigger()).isEqualTo(EscalationTrigger.DEADLINE_PASSED));
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.PROFESSIONAL_MEDIATION);
    }

    @Test
    void while_waiting_on_a_party_the_clock_stops_and_resumes_with_the_deadline_moved() {
        Dispute dispute = assignedAtSource();
        Instant deadline = NOW.plus(Duration.ofDays(7));
        dispute.awaitParty(OFFICER, "the developer is raising funds", NOW.plus(Duration.ofDays(1)));

        assertThat(dispute.checkDeadline(DEADLINES, deadline.plus(Duration.ofDays(3)))).isFalse();
        dispute.resume(OFFICER, NOW.plus(Duration.ofDays(5)));

        assertThat(dispute.deadline()).isEqualTo(deadline.plus(Duration.ofDays(4)));
        assertThat(dispute.checkDeadline(DEADLINES, deadline.plus(Duration.ofDays(3)))).isTrue();
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.SOURCE_RESOLUTION);
    }

    @Test
    void a_risk_turning_high_jumps_an_open_dispute_to_professional_mediation() {
        Dispute dispute = assignedAtSource();

        dispute.reassessRisk(OFFICER, new RiskAssessment(RiskLevel.HIGH, List.of("gate-blocked")), "gate blocked", NOW);

        assertThat(dispute.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(dispute.layer()).isEqualTo(DisputeLayer.PROFESSIONAL_MEDIATION);
        assertThat(raised(dispute, DisputeChanged.DisputeEscalated.class)).singleElement()
                .satisfies(e -> assertThat(e.trigger()).isEqualTo(EscalationTrigger.RISK));
    }

    @Test
    void departments_are_invited_only_at_joint_mediation_and_acknowledge_once() {
        Dispute dispute = assignedAtSource();
        assertThatThrownBy(() -> dispute.inviteDepartments(OFFICER, List.of("DEPT-TOWN-GOV"), NOW)).isInstanceOf(RuleViolatedException.class);
        dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW);
        dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW);

        dispute.inviteDepartments(OFFICER, List.of("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION"), NOW);
        dispute.acknowledgeInvitation("DEPT-TOWN-GOV", new Actor("TG-01", "DEPARTMENT"), NOW);
        dispute.acknowledgeInvitation("DEPT-TOWN-GOV", new Actor("TG-01", "DEPARTMENT"), NOW);

        assertThat(dispute.invitations()).extracting(Invitation::departmentId, Invitation::acknowledged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEPT-TOWN-GOV", true),
                        org.assertj.core.groups.Tuple.tuple("DEPT-LABOUR-INSPECTION", false));
        assertThat(dispute.timeline()).filteredOn(e -> e.eventType().equals("JointMediationAcknowledged")).hasSize(1);
    }

    @Test
    void a_silent_department_is_reminded_once_then_raised_to_the_station_once() {
        Dispute dispute = assignedAtSource();
        dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW);
        dispute.escalate(OFFICER, EscalationTrigger.DECISION, null, NOW);
        dispute.inviteDepartments(OFFICER, List.of("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION"), NOW);
        dispute.acknowledgeInvitation("DEPT-TOWN-GOV", new Actor("TG-01", "DEPARTMENT"), NOW.plus(Duration.ofHours(2)));
        Duration remind = Duration.ofDays(1);
        Duration raise = Duration.ofDays(3);

        assertThat(dispute.chaseInvitations(remind, raise, NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThat(dispute.chaseInvitations(remind, raise, NOW.plus(Duration.ofDays(1)))).isTrue();
        assertThat(dispute.chaseInvitations(remind, raise, NOW.plus(Duration.ofDays(2)))).isFalse();
        assertThat(dispute.chaseInvitations(remind, raise, NOW.plus(Duration.ofDays(3)))).isTrue();
        assertThat(dispute.chaseInvitations(remind, raise, NOW.plus(Duration.ofDays(9)))).isFalse();

        assertThat(raised(dispute, DisputeChanged.JointMediationReminded.class))
                .extracting(DisputeChanged.JointMediationReminded::departmentId).containsExactly("DEPT-LABOUR-INSPECTION");
        assertThat(raised(dispute, DisputeChanged.JointMediationUnanswered.class))
                .extracting(DisputeChanged.JointMediationUnanswered::departmentId).containsExactly("DEPT-LABOUR-INSPECTION");
        assertThat(dispute.hasUnansweredInvitations()).isFalse();
    }

    @Test
    void the_stored_timeline_is_the_timeline_of_the_raised_events() {
        Dispute dispute = assignedAtSource();
        dispute.recordMediation(SITE_UNIT, List.of("workers"), MediationOutcome.AGREEMENT, null, NOW);
        dispute.resolve(SITE_UNIT, "paid in two instalments", NOW);

        assertThat(dispute.timeline()).isEqualTo(Timeline.of(dispute.raisedEvents()));
    }
}
