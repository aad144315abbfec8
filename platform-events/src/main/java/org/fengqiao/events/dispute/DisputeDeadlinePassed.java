package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The current layer's deadline passed with the dispute still open. A {@link DisputeEscalated}
 * with trigger {@code DEADLINE_PASSED} follows in the same write (unless the layer is already the
 * highest).
 *
 * <p>Since v1.
 */
public record DisputeDeadlinePassed(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline,
                                    Instant noticedAt) implements DisputeEvent {

    public DisputeDeadlinePassed {
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
