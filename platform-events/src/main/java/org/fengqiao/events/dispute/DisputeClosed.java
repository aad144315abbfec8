package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.InvalidEventException;
import org.fengqiao.events.Require;

/**
 * The dispute was closed without an agreement: withdrawn, referred to court or petitioned
 * upward. {@code pushedUpward} says whether it left the station's layers (counted against
 * "not pushed upward").
 *
 * <p>Since v1.
 */
public record DisputeClosed(String disputeId, String gridCellId, DisputeLayer layer, ClosureReason closure,
                            boolean pushedUpward, Actor actor, String reason, Instant closedAt) implements DisputeEvent {

    public DisputeClosed {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.present(layer, "layer");
        Require.present(closure, "closure");
        if (pushedUpward != closure.pushedUpward()) {
            throw new InvalidEventException("pushedUpward", "must be " + closure.pushedUpward() + " for " + closure);
        }
        Require.present(actor, "actor");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public Instant occurredAt() {
        return closedAt;
    }
}
