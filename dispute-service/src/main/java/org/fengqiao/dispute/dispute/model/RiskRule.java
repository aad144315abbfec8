package org.fengqiao.dispute.dispute.model;

import java.util.Objects;

import org.fengqiao.events.dispute.RiskLevel;

/**
 * One rule of the risk assessment, readable by an operator: "when {@code signal} is true (or at
 * least {@code atLeast}), the risk is at least {@code level}".
 *
 * @param id          stable id, recorded in each decision it takes part in
 * @param description what it means, in words
 * @param signal      one of the {@link RiskSignals} components, by name
 * @param atLeast     threshold for numeric signals; null for yes/no signals
 * @param level       the level it gives when it fires
 */
public record RiskRule(String id, String description, String signal, Long atLeast, RiskLevel level) {

    public RiskRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(level, "level");
    }

    public boolean firesOn(RiskSignals signals) {
        return switch (signal) {
            case "peopleInvolved" -> signals.peopleInvolved() >= threshold();
            case "amountOwedYuan" -> signals.amountOwedYuan() >= threshold();
            case "gateBlocked" -> signals.gateBlocked();
            case "petitionThreatened" -> signals.petitionThreatened();
            case "repeatAtSite" -> signals.repeatAtSite();
            case "wageDeadlineSeason" -> signals.wageDeadlineSeason();
            default -> throw new IllegalArgumentException("risk rule " + id + " names an unknown signal '" + signal + "'");
        };
    }

    private long threshold() {
        if (atLeast == null) {
            throw new IllegalArgumentException("risk rule " + id + " on " + signal + " needs atLeast");
        }
        return atLeast;
    }
}
