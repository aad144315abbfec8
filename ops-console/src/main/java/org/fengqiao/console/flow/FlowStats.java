package org.fengqiao.console.flow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * What the live-flow page shows: records per second per topic and event type over the last
 * {@value #WINDOW_SECONDS} seconds, totals since the console started, and the latest records.
 * Kept in memory, fed by the {@link FlowReader}; a restart starts the counts again.
 */
@Component
public class FlowStats {

    static final int WINDOW_SECONDS = 10;
    static final int LATEST = 40;

    private final Clock clock;
    /** topic → type → per-second counts of the last {@value #WINDOW_SECONDS} seconds (index = epoch second mod window). */
    private final Map<String, Map<String, Counter>> counters = new TreeMap<>();
    private final Deque<RecordSummary> latest = new ArrayDeque<>();

    public FlowStats(Clock clock) {
        this.clock = clock;
    }

    private static final class Counter {
        final long[] perSecond = new long[WINDOW_SECONDS];
        final long[] secondOf = new long[WINDOW_SECONDS];
        long total;

        void add(long second) {
            int slot = (int) Math.floorMod(second, (long) WINDOW_SECONDS);
            if (secondOf[slot] != second) {
                secondOf[slot] = second;
                perSecond[slot] = 0;
            }
            perSecond[slot]++;
            total++;
        }

        double rate(long now) {
            long sum = 0;
            for (int slot = 0; slot < WINDOW_SECONDS; slot++) {
                if (now - secondOf[slot] < WINDOW_SECONDS && secondOf[slot] <= now) {
                    sum += perSecond[slot];
                }
            }
            return sum / (double) WINDOW_SECONDS;
        }
    }

    /** A line of the rates table. */
    public record Rate(String topic, String type, double perSecond, long total) {
    }

    /** The page's content at one moment. */
    public record Snapshot(Instant at, List<Rate> rates, double perSecond, long total, List<RecordSummary> latest) {
    }

    public synchronized void record(List<RecordSummary> records) {
        long second = clock.instant().getEpochSecond();
        for (RecordSummary record : records) {
            counters.computeIfAbsent(record.topic(), topic -> new TreeMap<>())
                    .computeIfAbsent(record.type(), type -> new Counter()).add(second);
            latest.addFirst(record);
            if (latest.size() > LATEST) {
                latest.removeLast();
            }
        }
    }

    public synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        List<Rate> rates = new ArrayList<>();
        double perSecond = 0;
        long total = 0;
        for (var topic : counters.entrySet()) {
            for (var type : topic.getValue().entrySet()) {
                double rate = type.getValue().rate(now.getEpochSecond());
                rates.add(new Rate(topic.getKey(), type.getKey(), rate, type.getValue().total));
                perSecond += rate;
                total += type.getValue().total;
            }
        }
        return new Snapshot(now, rates, perSecond, total, List.copyOf(latest));
    }
}
