package org.fengqiao.events.patrol;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A check-in was accepted but flagged: far from its checkpoint, or with a skewed device clock.
 *
 * <p>Since v1.
 *
 * @param flags FAR_FROM_CHECKPOINT, DEVICE_CLOCK_SKEWED, OTHER
 * @param distanceMetres distance from the checkpoint
 * @param deviceClockSkewSeconds absolute difference between the device's and the server's clock
 */
public record CheckInFlagged(String shiftId, String teamId, String memberId, String checkpointId, List<CheckInFlag> flags,
                             int distanceMetres, int deviceClockSkewSeconds, Instant checkedInAt) implements PatrolEvent {

    public CheckInFlagged {
        Require.text(shiftId, "shiftId");
        Require.text(teamId, "teamId");
        Require.text(memberId, "memberId");
        Require.text(checkpointId, "checkpointId");
        flags = Require.listOrEmpty(flags);
        Require.atLeast(distanceMetres, 0, "distanceMetres");
        Require.atLeast(deviceClockSkewSeconds, 0, "deviceClockSkewSeconds");
        Require.present(checkedInAt, "checkedInAt");
    }

    @Override
    public String aggregateId() {
        return shiftId;
    }

    @Override
    public Instant occurredAt() {
        return checkedInAt;
    }
}
