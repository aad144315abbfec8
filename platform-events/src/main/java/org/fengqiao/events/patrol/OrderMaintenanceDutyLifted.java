package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute's risk fell below HIGH, or it was resolved or closed: the duty ends.
 *
 * <p>Since v1.
 *
 * @param reason the dispute event that lifted it
 */
public record OrderMaintenanceDutyLifted(String dutyId, String disputeId, String teamId, String reason, Instant liftedAt)
        implements PatrolEvent {

    public OrderMaintenanceDutyLifted {
        Require.text(dutyId, "dutyId");
        Require.text(disputeId, "disputeId");
        Require.text(teamId, "teamId");
        Require.text(reason, "reason");
        Require.present(liftedAt, "liftedAt");
    }

    @Override
    public String aggregateId() {
        return dutyId;
    }

    @Override
    public Instant occurredAt() {
        return liftedAt;
    }
}
