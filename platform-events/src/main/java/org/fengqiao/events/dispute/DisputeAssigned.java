package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute was contracted (包干) to a responsible person or team for its current layer, with
 * the deadline by which that layer should settle it. Emitted on every (re)assignment.
 *
 * <p>Since v1.
 *
 * @param assigneeId the responsible person or team
 * @param deadline   when the layer's time runs out (moves later while the case waits on a party)
 */
public record DisputeAssigned(String disputeId, DisputeLayer layer, String assigneeId, Instant deadline, Actor actor,
                              Instant assignedAt) implements DisputeEvent {

    public DisputeAssigned {
        Require.text(disputeId, "disputeId");
        Require.present(layer, "layer");
        Require.text(assigneeId, "assigneeId");
        Require.present(deadline, "deadline");
        Require.present(actor, "actor");
        Require.present(assignedAt, "assignedAt");
    }

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }
}
