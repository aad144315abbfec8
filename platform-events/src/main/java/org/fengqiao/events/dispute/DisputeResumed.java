package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The party the dispute waited on is back; the deadline clock runs again and {@code deadline}
 * is the layer's deadline moved by the time spent waiting.
 *
 * <p>Since v1.
 */
public record DisputeResumed(String disputeId, Instant deadline, Actor actor, Instant resumedAt) implements DisputeEvent {

    public DisputeResumed {
        Require.text(disputeId, "disputeId");
        Require.present(actor, "actor");
        Require.present(resumedAt, "resumedAt");
    }

    @Override
    public Instant occurredAt() {
        return resumedAt;
    }
}
