package org.fengqiao.patrol.shift.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.fengqiao.patrol.shift.model.Shift;

/** Where shifts and missed shifts are kept; saving stores the events raised in the same write. */
public interface Shifts {

    Shift save(Shift shift);

    Optional<Shift> find(String id);

    Optional<Shift> active(String teamId, String gridBlockId);

    /** Whether the team started a shift on the block between the two instants. */
    boolean startedBetween(String teamId, String gridBlockId, Instant from, Instant to);

    List<Shift> ofTeam(String teamId, int limit);

    /** Every shift started in [from, to). */
    List<Shift> startedIn(Instant from, Instant to);

    /** Missed shifts planned in [from, to). */
    List<MissedShift> missedIn(Instant from, Instant to);

    /** Records a missed planned shift once (its id is derived from team, block and day); false when already recorded. */
    boolean recordMissed(MissedShiftNoticed missed);

    List<MissedShift> missed(String teamId, int limit);

    record MissedShift(String id, String teamId, String gridBlockId, Instant plannedStart, Instant noticedAt) {
    }
}
