package org.fengqiao.notification.notification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.notification.rules.model.Urgency;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant RAISED = Instant.parse("2026-06-18T14:41:06Z");
    private static final Duration EVERY = Duration.ofMinutes(5);

    @Test
    void an_unacknowledged_alert_repeats_and_moves_down_its_roster_every_second_repeat() {
        Alert alert = Alert.raise("a-1", "incident-urgent", Urgency.URGENT, "e-1", "IncidentReported", "inc-1", "police-on-duty", RAISED, EVERY);

        assertThat(alert.isDue(RAISED.plus(Duration.ofMinutes(4)), 30)).isFalse();
        assertThat(alert.isDue(RAISED.plus(EVERY), 30)).isTrue();
        Alert once = alert.repeated(RAISED.plus(EVERY), EVERY, 2);
        Alert twice = once.repeated(RAISED.plus(EVERY.multipliedBy(2)), EVERY, 2);
        Alert thrice = twice.repeated(RAISED.plus(EVERY.multipliedBy(3)), EVERY, 2);
        Alert fourTimes = thrice.repeated(RAISED.plus(EVERY.multipliedBy(4)), EVERY, 2);

        assertThat(once.escalationStep()).isZero();
        assertThat(twice.escalationStep()).isEqualTo(1);
        assertThat(thrice.escalationStep()).isEqualTo(1);
        assertThat(fourTimes.escalationStep()).isEqualTo(2);
        assertThat(fourTimes.nextRepeatAt()).isEqualTo(RAISED.plus(EVERY.multipliedBy(5)));
        assertThat(fourTimes.isDue(RAISED.plus(EVERY.multipliedBy(5)), 4)).as("no more than maxRepeats").isFalse();
    }

    @Test
    void an_acknowledged_alert_is_never_due_again_and_knows_how_long_it_took() {
        Alert alert = Alert.raise("a-1", "r", Urgency.CRITICAL, "e-1", "DisputeRiskRaised", "d-1", null, RAISED, EVERY);
        Alert acknowledged = alert.acknowledged("PO-01", "n-1", RAISED.plusSeconds(84));

        assertThat(acknowledged.isDue(RAISED.plus(Duration.ofDays(1)), 30)).isFalse();
        assertThat(acknowledged.timeToAcknowledge()).isEqualTo(Duration.ofSeconds(84));
        assertThat(alert.repeated(RAISED.plus(EVERY), EVERY, 2).escalationStep()).as("no roster, no escalation").isZero();
    }
}
