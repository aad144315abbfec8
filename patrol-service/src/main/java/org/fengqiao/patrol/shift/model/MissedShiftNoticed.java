package org.fengqiao.patrol.shift.model;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.kit.domain.DomainEvent;

/**
 * A planned shift that nobody started, noticed once after its grace period: recorded once, and
 * published as {@code ShiftMissed}, which counts in the team's assessment and tells the team's
 * leader.
 *
 * @param id           derived from the team, the block and the day, so it is recorded once
 * @param teamId       the team whose shift it was
 * @param gridBlockId  the block it was planned on
 * @param plannedStart when it should have started
 * @param noticedAt    when it was noticed (the event's time)
 */
public record MissedShiftNoticed(String id, String teamId, String gridBlockId, Instant plannedStart, Instant noticedAt)
        implements DomainEvent {

    public MissedShiftNoticed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(gridBlockId, "gridBlockId");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(noticedAt, "noticedAt");
    }

    @Override
    public Instant occurredAt() {
        return noticedAt;
    }
}
