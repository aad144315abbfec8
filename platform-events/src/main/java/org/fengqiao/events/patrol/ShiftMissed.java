package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A planned patrol shift was not started within its grace period.
 *
 * <p>Since v1.
 */
public record ShiftMissed(String teamId, String gridBlockId, Instant plannedStart, Instant noticedAt)
        implements PatrolEvent {

    public ShiftMissed {
        Require.text(teamId, "teamId");
        Require.text(gridBlockId, "gridBlockId");
        Require.present(plannedStart, "plannedStart");
        Require.present(noticedAt, "noticedAt");
    }

    @Override
    public String aggregateId() {
        return teamId;
    }

    @Override
    public Instant occurredAt() {
        return noticedAt;
    }
}
