package org.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    /** A clock the test moves by hand. */
    private static final class Clock implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final Clock clock = new Clock();

    private RateLimit limit(long capacity, Duration period, int maxKeys) {
        return new RateLimit("person", new RateLimitProperties.Limit(capacity, period), maxKeys, clock);
    }

    @Test
    void a_key_is_admitted_up_to_the_capacity_then_told_when_to_retry() {
        RateLimit limit = limit(3, Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("CO-02").admitted()).isTrue();
        }
        Admission refused = limit.take("CO-02");

        assertThat(refused.admitted()).isFalse();
        // 3 a minute, refilled evenly: one more in 20 s
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
    }

    @Test
    void a_refused_key_is_admitted_again_once_its_bucket_refilled() {
        RateLimit limit = limit(2, Duration.ofMinutes(1), 100);
        limit.take("CO-02");
        limit.take("CO-02");

        clock.advance(Duration.ofSeconds(30));

        assertThat(limit.take("CO-02").admitted()).isTrue();
        assertThat(limit.take("CO-02").admitted()).isFalse();
    }

    @Test
    void each_key_has_its_own_bucket() {
        RateLimit limit = limit(1, Duration.ofMinutes(1), 100);

        assertThat(limit.take("CO-02").admitted()).isTrue();
        assertThat(limit.take("CO-02").admitted()).isFalse();
        assertThat(limit.take("PO-01").admitted()).isTrue();
    }

    @Test
    void a_flood_of_new_keys_never_makes_it_track_more_than_its_maximum() {
        RateLimit limit = limit(10, Duration.ofMinutes(1), 1_000);

        for (int i = 0; i < 50_000; i++) {
            limit.take("made-up-" + i);
        }

        assertThat(limit.trackedKeys()).isEqualTo(1_000);
    }

    @Test
    void a_key_idle_for_a_whole_refill_period_is_forgotten() {
        RateLimit limit = limit(5, Duration.ofMinutes(1), 1_000);
        limit.take("CO-02");
        limit.take("PO-01");
        clock.advance(Duration.ofSeconds(59));
        limit.take("PO-01");

        clock.advance(Duration.ofSeconds(1));
        limit.take("IV-0007");

        // CO-02 was idle a whole minute (and would have had a full bucket again); PO-01 was not
        assertThat(limit.trackedKeys()).isEqualTo(2);
    }

    @Test
    void forgetting_an_idle_key_gives_it_nothing_it_would_not_have_had() {
        RateLimit limit = limit(2, Duration.ofMinutes(1), 1_000);
        limit.take("CO-02");
        limit.take("CO-02");
        clock.advance(Duration.ofMinutes(1));
        limit.take("PO-01");

        assertThat(limit.take("CO-02").admitted()).isTrue();
        assertThat(limit.take("CO-02").admitted()).isTrue();
        assertThat(limit.take("CO-02").admitted()).isFalse();
    }
}
