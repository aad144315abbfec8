package org.fengqiao.dispute.dispute.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a dispute, as {@link Dispute} registers it: one record per change, each with
 * the moment it happened ({@link #occurredAt()}, published as {@code ce_time}). These are the
 * service's own events; {@code DisputeContract} at the edge turns each into the record published
 * on {@code dispute.events} under the same name, so the public contract can change (a new version,
 * a field added) without the model changing, and the model without the contract.
 */
public sealed interface DisputeChanged extends DomainEvent {

    String disputeId();

    /** Reported by the information-gathering layer (or handed over by another service: {@code origin}). */
    record DisputeReported(String disputeId, String gridCellId, DisputeCategory category, List<Party> parties, String description,
                    int peopleInvolved, Reporter reporter, DisputeOrigin origin, Instant occurredAt) implements DisputeChanged {
    }

    /** Accepted by the grid cell's community officer, starting at {@code layer} with the risk the rules gave. */
    record DisputeTriaged(String disputeId, DisputeCategory category, RiskLevel riskLevel, DisputeLayer layer, Actor actor, String reason,
                   Instant occurredAt) implements DisputeChanged {
    }

    /** Contracted to a responsible person at its layer, with the layer's deadline. */
    record DisputeAssigned(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline, Actor actor, Instant occurredAt)
            implements DisputeChanged {
    }

    record MediationSessionRecorded(String disputeId, DisputeLayer layer, List<String> participants, MediationOutcome outcome,
                             String summary, Actor actor, Instant occurredAt) implements DisputeChanged {
    }

    /** Moved up a layer (or straight to the layer a risk needs). */
    record DisputeEscalated(String disputeId, DisputeLayer fromLayer, DisputeLayer toLayer, EscalationTrigger trigger, Actor actor,
                     String reason, Instant occurredAt) implements DisputeChanged {
    }

    record DisputeResolved(String disputeId, String gridCellId, DisputeLayer layer, String agreement, Actor actor, Instant occurredAt)
            implements DisputeChanged {
    }

    record DisputeClosed(String disputeId, String gridCellId, DisputeLayer layer, ClosureReason closure, Actor actor, String reason,
                  Instant occurredAt) implements DisputeChanged {
    }

    record DisputeReopened(String disputeId, DisputeLayer layer, Actor actor, String reason, Instant occurredAt) implements DisputeChanged {
    }

    /** Waiting on a party: the deadline stops. */
    record DisputeAwaitingParty(String disputeId, Actor actor, String reason, Instant occurredAt) implements DisputeChanged {
    }

    /** The party is back: the deadline moved by the time spent waiting. */
    record DisputeResumed(String disputeId, Instant deadline, Actor actor, Instant occurredAt) implements DisputeChanged {
    }

    /** The risk went up ({@code actor} null when the rules alone raised it). */
    record DisputeRiskRaised(String disputeId, String gridCellId, String site, RiskLevel level, RiskLevel previousLevel,
                      List<String> firedRules, Actor actor, String reason, Instant occurredAt) implements DisputeChanged {
    }

    record DisputeRiskLowered(String disputeId, String gridCellId, String site, RiskLevel level, RiskLevel previousLevel, Actor actor,
                       String reason, Instant occurredAt) implements DisputeChanged {
    }

    record DisputeDeadlineApproaching(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline, Instant occurredAt)
            implements DisputeChanged {
    }

    record DisputeDeadlinePassed(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline, Instant occurredAt)
            implements DisputeChanged {
    }

    /** A government department invited to joint mediation. */
    record JointMediationInvited(String disputeId, String departmentId, Actor actor, Instant occurredAt) implements DisputeChanged {
    }

    record JointMediationAcknowledged(String disputeId, String departmentId, Actor actor, Instant occurredAt) implements DisputeChanged {
    }

    /** A department silent since {@code invitedAt}, reminded once. */
    record JointMediationReminded(String disputeId, String departmentId, Instant invitedAt, Instant occurredAt) implements DisputeChanged {
    }

    /** A department still silent after its reminder: the matter raised to the station, once. */
    record JointMediationUnanswered(String disputeId, String gridCellId, String departmentId, Instant invitedAt, Instant occurredAt)
            implements DisputeChanged {
    }
}
