package org.fengqiao.dispute.dispute.messaging;

import java.util.List;

import org.fengqiao.dispute.dispute.model.DisputeChanged;
import org.fengqiao.events.dispute.DisputeAssigned;
import org.fengqiao.events.dispute.DisputeAwaitingParty;
import org.fengqiao.events.dispute.DisputeClosed;
import org.fengqiao.events.dispute.DisputeDeadlineApproaching;
import org.fengqiao.events.dispute.DisputeDeadlinePassed;
import org.fengqiao.events.dispute.DisputeEscalated;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReopened;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeResumed;
import org.fengqiao.events.dispute.DisputeRiskLowered;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.DisputeTriaged;
import org.fengqiao.events.dispute.JointMediationAcknowledged;
import org.fengqiao.events.dispute.JointMediationInvited;
import org.fengqiao.events.dispute.JointMediationReminded;
import org.fengqiao.events.dispute.JointMediationUnanswered;
import org.fengqiao.events.dispute.MediationSessionRecorded;
import org.fengqiao.kit.outbox.Contract;
import org.springframework.stereotype.Component;

/**
 * dispute-service's published language: each {@link DisputeChanged} as the {@code dispute.events}
 * record of the same name (v1), its time field the domain event's {@code occurredAt}. A new
 * version of a record, or a field the model does not hold, is decided here and nowhere else.
 */
@Component
public class DisputeContract implements Contract<DisputeChanged> {

    @Override
    public List<DisputeEvent> publish(DisputeChanged event) {
        return List.of(record(event));
    }

    static DisputeEvent record(DisputeChanged event) {
        if (event instanceof DisputeChanged.DisputeReported e) {
            return new DisputeReported(e.disputeId(), e.gridCellId(), e.category(), e.parties(), e.description(), e.peopleInvolved(),
                    e.reporter(), e.occurredAt(), e.origin());
        } else if (event instanceof DisputeChanged.DisputeTriaged e) {
            return new DisputeTriaged(e.disputeId(), e.category(), e.riskLevel(), e.layer(), e.actor(), e.reason(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeAssigned e) {
            return new DisputeAssigned(e.disputeId(), e.layer(), e.assigneeId(), e.deadline(), e.actor(), e.occurredAt());
        } else if (event instanceof DisputeChanged.MediationSessionRecorded e) {
            return new MediationSessionRecorded(e.disputeId(), e.layer(), e.participants(), e.outcome(), e.summary(), e.actor(),
                    e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeEscalated e) {
            return new DisputeEscalated(e.disputeId(), e.fromLayer(), e.toLayer(), e.trigger(), e.actor(), e.reason(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeResolved e) {
            return new DisputeResolved(e.disputeId(), e.gridCellId(), e.layer(), e.agreement(), e.actor(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeClosed e) {
            return new DisputeClosed(e.disputeId(), e.gridCellId(), e.layer(), e.closure(), e.closure().pushedUpward(), e.actor(),
                    e.reason(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeReopened e) {
            return new DisputeReopened(e.disputeId(), e.layer(), e.actor(), e.reason(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeAwaitingParty e) {
            return new DisputeAwaitingParty(e.disputeId(), e.actor(), e.reason(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeResumed e) {
            return new DisputeResumed(e.disputeId(), e.deadline(), e.actor(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeRiskRaised e) {
            return new DisputeRiskRaised(e.disputeId(), e.gridCellId(), e.site(), e.level(), e.previousLevel(), e.firedRules(),
                    e.occurredAt(), e.actor(), e.reason());
        } else if (event instanceof DisputeChanged.DisputeRiskLowered e) {
            return new DisputeRiskLowered(e.disputeId(), e.gridCellId(), e.site(), e.level(), e.previousLevel(), e.actor(), e.reason(),
                    e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeDeadlineApproaching e) {
            return new DisputeDeadlineApproaching(e.disputeId(), e.layer(), e.assigneeId(), e.deadline(), e.occurredAt());
        } else if (event instanceof DisputeChanged.DisputeDeadlinePassed e) {
            return new DisputeDeadlinePassed(e.disputeId(), e.layer(), e.assigneeId(), e.deadline(), e.occurredAt());
        } else if (event instanceof DisputeChanged.JointMediationInvited e) {
            return new JointMediationInvited(e.disputeId(), e.departmentId(), e.actor(), e.occurredAt());
        } else if (event instanceof DisputeChanged.JointMediationAcknowledged e) {
            return new JointMediationAcknowledged(e.disputeId(), e.departmentId(), e.actor(), e.occurredAt());
        } else if (event instanceof DisputeChanged.JointMediationReminded e) {
            return new JointMediationReminded(e.disputeId(), e.departmentId(), e.invitedAt(), e.occurredAt());
        } else if (event instanceof DisputeChanged.JointMediationUnanswered e) {
            return new JointMediationUnanswered(e.disputeId(), e.gridCellId(), e.departmentId(), e.invitedAt(), e.occurredAt());
        }
        throw new IllegalArgumentException("no published record for " + event.getClass().getName());
    }
}
