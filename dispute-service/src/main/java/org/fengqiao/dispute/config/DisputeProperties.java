package org.fengqiao.dispute.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fengqiao.dispute.dispute.model.RiskRule;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.RiskLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dispute pipeline's rules as configuration (see {@code application.yml} and the README): the
 * time each layer has, how risk shortens it, and the risk rules.
 */
@ConfigurationProperties("dispute")
public record DisputeProperties(Deadlines deadlines, Risk risk, JointMediation jointMediation) {

    /**
     * @param layers            time per layer at LOW risk
     * @param riskFactors       multiplier of that time per risk level
     * @param approachingBefore how long before a deadline it is announced
     * @param checkInterval     how often overdue disputes are looked for
     */
    public record Deadlines(Map<DisputeLayer, Duration> layers, Map<RiskLevel, Double> riskFactors, Duration approachingBefore,
                            Duration checkInterval) {
    }

    /**
     * @param remindAfter how long an invited department has before it is reminded
     * @param raiseAfter  how long before its silence is raised to the station
     */
    public record JointMediation(Duration remindAfter, Duration raiseAfter) {
    }

    /** @param rules the rules that give a dispute's risk level from its signals */
    public record Risk(List<RiskRule> rules) {
    }
}
