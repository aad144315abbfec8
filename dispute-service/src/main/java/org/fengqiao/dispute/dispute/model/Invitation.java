package org.fengqiao.dispute.dispute.model;

import java.time.Instant;

/** A government department's invitation to a dispute's joint mediation; {@code acknowledgedAt} is null until it answers. */
public record Invitation(String departmentId, Instant invitedAt, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
