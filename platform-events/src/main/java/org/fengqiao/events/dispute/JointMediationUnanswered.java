package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An invited department still has not acknowledged after its reminder: the matter is raised to
 * the station (its duty desk and the dispute's community officer). Emitted once per invitation.
 *
 * <p>Since v1.
 */
public record JointMediationUnanswered(String disputeId, String gridCellId, String departmentId, Instant invitedAt,
                                       Instant raisedAt) implements DisputeEvent {

    public JointMediationUnanswered {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.text(departmentId, "departmentId");
        Require.present(invitedAt, "invitedAt");
        Require.present(raisedAt, "raisedAt");
    }

    @Override
    public Instant occurredAt() {
        return raisedAt;
    }
}
