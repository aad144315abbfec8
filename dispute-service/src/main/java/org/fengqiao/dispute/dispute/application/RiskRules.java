package org.fengqiao.dispute.dispute.application;

import java.util.List;

import org.fengqiao.dispute.dispute.model.RiskAssessment;
import org.fengqiao.dispute.dispute.model.RiskRule;
import org.fengqiao.dispute.dispute.model.RiskSignals;

/** The risk rules in force (data an operator reads and changes, see {@code risk-rules.yml}). */
public record RiskRules(List<RiskRule> rules) {

    public RiskRules {
        rules = List.copyOf(rules);
    }

    public RiskAssessment assess(RiskSignals signals) {
        return RiskAssessment.of(rules, signals);
    }
}
