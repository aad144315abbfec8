package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute's risk fell to {@code level}; below HIGH an order-maintenance duty can be lifted.
 *
 * <p>Since v1.
 */
public record DisputeRiskLowered(String disputeId, String gridCellId, String site, RiskLevel level, RiskLevel previousLevel,
                                 Actor actor, String reason, Instant loweredAt) implements DisputeEvent {

    public DisputeRiskLowered {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.present(level, "level");
        Require.present(previousLevel, "previousLevel");
        Require.present(actor, "actor");
        Require.present(loweredAt, "loweredAt");
    }

    @Override
    public Instant occurredAt() {
        return loweredAt;
    }
}
