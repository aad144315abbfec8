package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An invited department has not acknowledged its part in a dispute's joint mediation in time and
 * is reminded. Emitted once per invitation.
 *
 * <p>Since v1.
 */
public record JointMediationReminded(String disputeId, String departmentId, Instant invitedAt, Instant remindedAt)
        implements DisputeEvent {

    public JointMediationReminded {
        Require.text(disputeId, "disputeId");
        Require.text(departmentId, "departmentId");
        Require.present(invitedAt, "invitedAt");
        Require.present(remindedAt, "remindedAt");
    }

    @Override
    public Instant occurredAt() {
        return remindedAt;
    }
}
