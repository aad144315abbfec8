package org.fengqiao.events.dispute;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code dispute.events}; the aggregate id is the dispute id. */
public sealed interface DisputeEvent extends PlatformEvent permits DisputeReported, DisputeTriaged, DisputeAssigned,
        MediationSessionRecorded, DisputeEscalated, DisputeResolved, DisputeClosed, DisputeReopened, DisputeRiskRaised,
        DisputeRiskLowered, DisputeDeadlineApproaching, DisputeDeadlinePassed, DisputeAwaitingParty, DisputeResumed,
        JointMediationInvited, JointMediationAcknowledged, JointMediationReminded, JointMediationUnanswered {

    String disputeId();

    @Override
    default String aggregateId() {
        return disputeId();
    }
}
