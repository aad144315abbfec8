package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A government department was invited to the joint mediation of a dispute and must acknowledge.
 * Emitted once per department.
 *
 * <p>Since v1.
 */
public record JointMediationInvited(String disputeId, String departmentId, Actor actor, Instant invitedAt)
        implements DisputeEvent {

    public JointMediationInvited {
        Require.text(disputeId, "disputeId");
        Require.text(departmentId, "departmentId");
        Require.present(actor, "actor");
        Require.present(invitedAt, "invitedAt");
    }

    @Override
    public Instant occurredAt() {
        return invitedAt;
    }
}
