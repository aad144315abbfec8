package org.fengqiao.dispute.dispute.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.RiskLevel;

/**
 * How long each layer has to settle a dispute, shortened by its risk, and how early "deadline
 * approaching" is announced.
 *
 * @param allowance         time per layer at LOW risk
 * @param riskFactor        multiplier per risk level (e.g. HIGH 0.5 halves the time)
 * @param approachingBefore how long before the deadline it is announced as approaching
 */
public record DeadlinePolicy(Map<DisputeLayer, Duration> allowance, Map<RiskLevel, Double> riskFactor,
                             Duration approachingBefore) {

    public DeadlinePolicy {
        allowance = Map.copyOf(allowance);
        riskFactor = Map.copyOf(riskFactor);
        Objects.requireNonNull(approachingBefore, "approachingBefore");
    }

    public Duration allowanceFor(DisputeLayer layer, RiskLevel risk) {
        Duration base = allowance.get(layer);
        if (base == null) {
            throw new IllegalArgumentException("no deadline configured for layer " + layer);
        }
        return Duration.ofMillis(Math.round(base.toMillis() * riskFactor.getOrDefault(risk, 1.0)));
    }
}
