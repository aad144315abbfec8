package org.fengqiao.notification.notification.application;

import java.time.Duration;
import java.util.Map;

import org.fengqiao.notification.rules.model.Urgency;

/**
 * How unacknowledged alerts repeat: every {@code repeatEvery} for their urgency, one step down the
 * duty roster every {@code escalateAfterRepeats} repeats, at most {@code maxRepeats} times.
 */
public record AlertPolicy(Map<Urgency, Duration> repeatEvery, int escalateAfterRepeats, int maxRepeats) {

    public Duration repeatEvery(Urgency urgency) {
        Duration every = repeatEvery.get(urgency);
        if (every == null) {
            throw new IllegalStateException("no repeat interval configured for " + urgency);
        }
        return every;
    }
}
