package org.fengqiao.events.dispute;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * The dispute's risk of a mass incident rose to {@code level}. At HIGH or CRITICAL the patrol
 * team contracted to the site's block is expected to take up order-maintenance duty there.
 *
 * <p>Since v1.
 *
 * @param site       where people may gather (e.g. the site gate)
 * @param firedRules ids of the risk rules that gave this level
 * @param actor      who assessed the signals (at triage or on a reassessment); absent in events
 *                   written before the field existed
 * @param reason     what they saw, e.g. "about forty workers blocked the east gate"; optional
 */
public record DisputeRiskRaised(String disputeId, String gridCellId, String site, RiskLevel level, RiskLevel previousLevel,
                                List<String> firedRules, Instant raisedAt, Actor actor, String reason) implements DisputeEvent {

    public DisputeRiskRaised {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.present(level, "level");
        Require.present(previousLevel, "previousLevel");
        firedRules = Require.listOrEmpty(firedRules);
        Require.present(raisedAt, "raisedAt");
    }

    @Override
    public Instant occurredAt() {
        return raisedAt;
    }
}
