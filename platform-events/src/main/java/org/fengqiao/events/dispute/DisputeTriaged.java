package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The community officer accepted a reported dispute and triaged it: its category, its risk of a
 * mass incident and the layer where handling starts. Emitted once, after {@link DisputeReported}.
 *
 * <p>Since v1.
 */
public record DisputeTriaged(String disputeId, DisputeCategory category, RiskLevel riskLevel, DisputeLayer layer,
                             Actor actor, String reason, Instant triagedAt) implements DisputeEvent {

    public DisputeTriaged {
        Require.text(disputeId, "disputeId");
        Require.present(category, "category");
        Require.present(riskLevel, "riskLevel");
        Require.present(layer, "layer");
        Require.present(actor, "actor");
        Require.present(triagedAt, "triagedAt");
    }

    @Override
    public Instant occurredAt() {
        return triagedAt;
    }
}
