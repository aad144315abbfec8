package org.fengqiao.dispute.dispute.model;

import java.util.Comparator;
import java.util.List;

import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.RiskLevel;

/**
 * The risk level the rules give for a set of signals, and which rules fired: the highest level of
 * any fired rule, LOW when none fires.
 */
public record RiskAssessment(RiskLevel level, List<String> firedRules) {

    public RiskAssessment {
        firedRules = List.copyOf(firedRules);
    }

    public static RiskAssessment of(List<RiskRule> rules, RiskSignals signals) {
        List<RiskRule> fired = rules.stream().filter(rule -> rule.firesOn(signals)).toList();
        RiskLevel level = fired.stream().map(RiskRule::level).max(Comparator.naturalOrder()).orElse(RiskLevel.LOW);
        return new RiskAssessment(level, fired.stream().map(RiskRule::id).toList());
    }

    /** The lowest layer able to handle a dispute at this risk: HIGH needs the professional team, CRITICAL the departments. */
    public DisputeLayer minimumLayer() {
        return switch (level) {
            case CRITICAL -> DisputeLayer.JOINT_MEDIATION;
            case HIGH -> DisputeLayer.PROFESSIONAL_MEDIATION;
            default -> DisputeLayer.SOURCE_RESOLUTION;
        };
    }
}
