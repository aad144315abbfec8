package org.fengqiao.patrol.shift.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What a shift raises, as {@link Shift} registers it, each with the moment it happened. The
 * service's contract ({@code PatrolContract}) publishes each as the {@code patrol.events} record of
 * the same name.
 */
public sealed interface ShiftChanged extends DomainEvent {

    String shiftId();

    /** A check-in that looks wrong: too far from its checkpoint, a device clock off, ... */
    record CheckInFlagged(String shiftId, String teamId, String memberId, String checkpointId, List<CheckInFlag> flags,
                          int distanceMetres, int deviceClockSkewSeconds, Instant occurredAt) implements ShiftChanged {
    }

    record ShiftEndedWithMissedCheckpoints(String shiftId, String teamId, String gridBlockId, List<String> missedCheckpointIds,
                                           Instant occurredAt) implements ShiftChanged {
    }
}
