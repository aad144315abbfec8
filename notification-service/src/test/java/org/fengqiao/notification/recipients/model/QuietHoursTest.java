package org.fengqiao.notification.recipients.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), SHANGHAI);

    @Test
    void a_span_across_midnight_holds_late_evening_and_early_morning_until_its_end() {
        Instant lateEvening = Instant.parse("2026-06-18T15:30:00Z"); // 23:30 in Shanghai
        Instant earlyMorning = Instant.parse("2026-06-18T21:30:00Z"); // 05:30 next day

        assertThat(night.contains(lateEvening)).isTrue();
        assertThat(night.endAfter(lateEvening)).isEqualTo(Instant.parse("2026-06-18T23:00:00Z"));
        assertThat(night.contains(earlyMorning)).isTrue();
        assertThat(night.endAfter(earlyMorning)).isEqualTo(Instant.parse("2026-06-18T23:00:00Z"));
    }

    @Test
    void outside_the_span_nothing_waits_and_its_end_is_excluded() {
        Instant afternoon = Instant.parse("2026-06-18T06:00:00Z"); // 14:00
        Instant sevenSharp = Instant.parse("2026-06-18T23:00:00Z"); // 07:00

        assertThat(night.contains(afternoon)).isFalse();
        assertThat(night.endAfter(afternoon)).isEqualTo(afternoon);
        assertThat(night.contains(sevenSharp)).isFalse();
        assertThat(night.contains(Instant.parse("2026-06-18T14:00:00Z"))).as("22:00 is quiet").isTrue();
    }

    @Test
    void a_daytime_span_and_an_empty_one() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), SHANGHAI);

        assertThat(lunch.contains(Instant.parse("2026-06-18T04:15:00Z"))).isTrue();  // 12:15
        assertThat(lunch.endAfter(Instant.parse("2026-06-18T04:15:00Z"))).isEqualTo(Instant.parse("2026-06-18T05:30:00Z"));
        assertThat(lunch.contains(Instant.parse("2026-06-18T06:00:00Z"))).isFalse(); // 14:00
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }
}
