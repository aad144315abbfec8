package org.fengqiao.console.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.kit.test.MutableClock;
import org.junit.jupiter.api.Test;

class FlowStatsTest {

    private static List<RecordSummary> records(String topic, String type, int count) {
        List<RecordSummary> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new RecordSummary(topic, 0, i, "k", type, "id-" + i, Instant.EPOCH, "/s", "s", "c-" + i, null, Map.of(), Map.of()));
        }
        return records;
    }

    @Test
    void rates_are_per_second_over_the_last_ten_seconds_and_totals_count_everything_read() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        FlowStats stats = new FlowStats(clock);
        stats.record(records("dispute.events", "DisputeReported", 30));
        clock.advance(Duration.ofSeconds(5));
        stats.record(records("dispute.events", "DisputeReported", 20));
        stats.record(records("notification.events", "NotificationSent", 10));

        FlowStats.Snapshot now = stats.snapshot();
        assertThat(now.rates()).extracting(FlowStats.Rate::topic, FlowStats.Rate::type, FlowStats.Rate::perSecond, FlowStats.Rate::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dispute.events", "DisputeReported", 5.0, 50L),
                        org.assertj.core.groups.Tuple.tuple("notification.events", "NotificationSent", 1.0, 10L));
        assertThat(now.perSecond()).isEqualTo(6.0);
        assertThat(now.total()).isEqualTo(60);

        // twelve seconds after the first batch, only the second is within the window
        clock.advance(Duration.ofSeconds(7));
        assertThat(stats.snapshot().rates()).extracting(FlowStats.Rate::perSecond).containsExactly(2.0, 1.0);
        clock.advance(Duration.ofSeconds(5));
        assertThat(stats.snapshot().rates()).extracting(FlowStats.Rate::perSecond).containsExactly(0.0, 0.0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(stats.snapshot().perSecond()).isZero();
        assertThat(stats.snapshot().total()).isEqualTo(60);
    }

    @Test
    void the_latest_records_are_newest_first_and_bounded() {
        FlowStats stats = new FlowStats(new MutableClock(Instant.parse("2026-11-30T08:00:00Z")));
        stats.record(records("dispute.events", "DisputeReported", FlowStats.LATEST + 15));

        List<RecordSummary> latest = stats.snapshot().latest();
        assertThat(latest).hasSize(FlowStats.LATEST);
        assertThat(latest.get(0).id()).isEqualTo("id-" + (FlowStats.LATEST + 14));
        assertThat(latest.get(latest.size() - 1).id()).isEqualTo("id-15");
    }
}
