package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute was settled with an agreement at {@code layer}. Any order-maintenance duty for it
 * can be lifted.
 *
 * <p>Since v1.
 *
 * @param gridCellId where it happened (so a subscriber need not look the dispute up)
 * @param agreement  what the parties agreed
 */
public record DisputeResolved(String disputeId, String gridCellId, DisputeLayer layer, String agreement, Actor actor,
                              Instant resolvedAt) implements DisputeEvent {

    public DisputeResolved {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.present(layer, "layer");
        Require.text(agreement, "agreement");
        Require.present(actor, "actor");
        Require.present(resolvedAt, "resolvedAt");
    }

    @Override
    public Instant occurredAt() {
        return resolvedAt;
    }
}
