package org.fengqiao.events.patrol;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A shift ended without a check-in at every checkpoint of its block.
 *
 * <p>Since v1.
 */
public record ShiftEndedWithMissedCheckpoints(String shiftId, String teamId, String gridBlockId,
                                              List<String> missedCheckpointIds, Instant endedAt) implements PatrolEvent {

    public ShiftEndedWithMissedCheckpoints {
        Require.text(shiftId, "shiftId");
        Require.text(teamId, "teamId");
        Require.text(gridBlockId, "gridBlockId");
        missedCheckpointIds = Require.listOrEmpty(missedCheckpointIds);
        Require.present(endedAt, "endedAt");
    }

    @Override
    public String aggregateId() {
        return shiftId;
    }

    @Override
    public Instant occurredAt() {
        return endedAt;
    }
}
