package org.fengqiao.patrol.shift.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.fengqiao.patrol.directory.model.Checkpoint;
import org.fengqiao.patrol.directory.model.GridBlock;

/**
 * A team's patrol of one block: started, checked in at the block's checkpoints (online, from a
 * phone), ended. A check-in far from its checkpoint or with a skewed device clock is accepted and
 * flagged ({@code CheckInFlagged}); ending without a check-in at every checkpoint raises
 * {@code ShiftEndedWithMissedCheckpoints}. Both count in the team's assessment.
 */
public final class Shift implements RaisesEvents<ShiftChanged> {

    public enum Status {
        ACTIVE, ENDED
    }

    /** One check-in: where the member was, their device's time, the server's time, and its flags. */
    public record CheckIn(String memberId, String checkpointId, Instant at, Instant deviceTime, double latitude, double longitude,
                          int distanceMetres, int deviceClockSkewSeconds, List<CheckInFlag> flags) {
    }

    public record Snapshot(String id, String teamId, String gridBlockId, String startedBy, Instant startedAt, Status status,
                           List<CheckIn> checkIns, Instant endedAt, List<String> missedCheckpointIds, Long version) {

        public Snapshot {
            checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
            missedCheckpointIds = missedCheckpointIds == null ? List.of() : List.copyOf(missedCheckpointIds);
        }
    }

    private Snapshot s;
    private final List<ShiftChanged> raised = new ArrayList<>();

    private Shift(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    public static Shift start(String id, String teamId, String gridBlockId, String startedBy, Instant now) {
        return new Shift(new Snapshot(id, teamId, gridBlockId, startedBy, now, Status.ACTIVE, List.of(), null, List.of(), null));
    }

    public static Shift restore(Snapshot snapshot) {
        return new Shift(snapshot);
    }

    public CheckIn checkIn(String memberId, Checkpoint checkpoint, Instant deviceTime, double latitude, double longitude,
                           CheckInPolicy policy, Instant now) {
        requireActive();
        int distance = checkpoint.metresTo(latitude, longitude);
        long skew = Math.abs(Duration.between(deviceTime, now).toSeconds());
        List<CheckInFlag> flags = new ArrayList<>();
        if (distance > policy.maxDistanceMetres()) {
            flags.add(CheckInFlag.FAR_FROM_CHECKPOINT);
        }
        if (skew > policy.maxClockSkew().toSeconds()) {
            flags.add(CheckInFlag.DEVICE_CLOCK_SKEWED);
        }
        CheckIn checkIn = new CheckIn(memberId, checkpoint.id(), now, deviceTime, latitude, longitude, distance,
                (int) Math.min(skew, Integer.MAX_VALUE), List.copyOf(flags));
        List<CheckIn> all = new ArrayList<>(s.checkIns());
        all.add(checkIn);
        s = new Snapshot(s.id(), s.teamId(), s.gridBlockId(), s.startedBy(), s.startedAt(), s.status(), all, null, List.of(), s.version());
        if (!flags.isEmpty()) {
            raised.add(new ShiftChanged.CheckInFlagged(s.id(), s.teamId(), memberId, checkpoint.id(), flags, distance,
                    checkIn.deviceClockSkewSeconds(), now));
        }
        return checkIn;
    }

    /** Ends the shift; the block's checkpoints nobody checked in at are missed. */
    public void end(GridBlock block, Instant now) {
        requireActive();
        Set<String> visited = s.checkIns().stream().map(CheckIn::checkpointId).collect(Collectors.toSet());
        List<String> missed = block.checkpoints().stream().map(Checkpoint::id).filter(id -> !visited.contains(id)).toList();
        s = new Snapshot(s.id(), s.teamId(), s.gridBlockId(), s.startedBy(), s.startedAt(), Status.ENDED, s.checkIns(), now, missed,
                s.version());
        if (!missed.isEmpty()) {
            raised.add(new ShiftChanged.ShiftEndedWithMissedCheckpoints(s.id(), s.teamId(), s.gridBlockId(), missed, now));
        }
    }

    private void requireActive() {
        if (s.status() != Status.ACTIVE) {
            throw new RuleViolatedException("status", "shift " + s.id() + " has ended");
        }
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public List<ShiftChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
