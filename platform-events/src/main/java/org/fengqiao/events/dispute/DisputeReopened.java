package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A party came back: a resolved or closed dispute is open again at {@code layer} (counted as a
 * recurrence).
 *
 * <p>Since v1.
 */
public record DisputeReopened(String disputeId, DisputeLayer layer, Actor actor, String reason, Instant reopenedAt)
        implements DisputeEvent {

    public DisputeReopened {
        Require.text(disputeId, "disputeId");
        Require.present(layer, "layer");
        Require.present(actor, "actor");
        Require.text(reason, "reason");
        Require.present(reopenedAt, "reopenedAt");
    }

    @Override
    public Instant occurredAt() {
        return reopenedAt;
    }
}
