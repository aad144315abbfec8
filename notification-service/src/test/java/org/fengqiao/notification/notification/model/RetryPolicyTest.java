package org.fengqiao.notification.notification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-18T14:40:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofSeconds(10), 5);

    @Test
    void retries_back_off_exponentially_up_to_the_cap_and_park_after_the_last_attempt() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(2));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(4));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(8));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(10));
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
    }
}
