package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The current layer's deadline is near and the dispute is still open there. Emitted once per
 * assignment.
 *
 * <p>Since v1.
 */
public record DisputeDeadlineApproaching(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline,
                                         Instant noticedAt) implements DisputeEvent {

    public DisputeDeadlineApproaching {
        Require.text(disputeId, "disputeId");
        Require.present(layer, "layer");
        Require.present(deadline, "deadline");
        Require.present(noticedAt, "noticedAt");
    }

    @Override
    public Instant occurredAt() {
        return noticedAt;
    }
}
