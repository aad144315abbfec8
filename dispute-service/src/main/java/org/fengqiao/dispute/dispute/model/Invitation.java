package org.fengqiao.dispute.dispute.model;

import java.time.Instant;

/**
 * A government department's invitation to a dispute's joint mediation: {@code acknowledgedAt} is
 * null until it answers; {@code remindedAt} and {@code raisedAt} record when the silence was
 * chased and when it was raised to the station.
 */
public record Invitation(String departmentId, Instant invitedAt, Instant acknowledgedAt, Instant remindedAt,
                         Instant raisedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
