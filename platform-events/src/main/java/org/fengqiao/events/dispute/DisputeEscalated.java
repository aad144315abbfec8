package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute moved to a higher layer, because a deadline passed, mediation failed, its risk
 * rose, or someone decided so. It waits there to be assigned.
 *
 * <p>Since v1.
 */
public record DisputeEscalated(String disputeId, DisputeLayer fromLayer, DisputeLayer toLayer, EscalationTrigger trigger,
                               Actor actor, String reason, Instant escalatedAt) implements DisputeEvent {

    public DisputeEscalated {
        Require.text(disputeId, "disputeId");
        Require.present(fromLayer, "fromLayer");
        Require.present(toLayer, "toLayer");
        Require.present(trigger, "trigger");
        Require.present(actor, "actor");
        Require.present(escalatedAt, "escalatedAt");
    }

    @Override
    public Instant occurredAt() {
        return escalatedAt;
    }
}
