package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An invited department acknowledged its part in a dispute's joint mediation.
 *
 * <p>Since v1.
 */
public record JointMediationAcknowledged(String disputeId, String departmentId, Actor actor, Instant acknowledgedAt)
        implements DisputeEvent {

    public JointMediationAcknowledged {
        Require.text(disputeId, "disputeId");
        Require.text(departmentId, "departmentId");
        Require.present(actor, "actor");
        Require.present(acknowledgedAt, "acknowledgedAt");
    }

    @Override
    public Instant occurredAt() {
        return acknowledgedAt;
    }
}
