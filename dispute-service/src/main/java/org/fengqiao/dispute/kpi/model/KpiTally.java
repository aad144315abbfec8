package org.fengqiao.dispute.kpi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;

/**
 * The KPIs as running sums: what each dispute adds to every figure, so that the figures of many
 * disputes are the sum of their shares, kept as events arrive instead of folded from the events on
 * each request. A tally is a set of named counts ({@link #sums()}): adding two tallies adds their
 * counts, and when a dispute's event arrives its share after the event minus its share before is
 * what the tally of its day changes by.
 *
 * <p>Every figure of {@link DisputeKpis} is a count or a sum, with two exceptions:
 * <ul>
 *   <li><b>Medians</b> need the values, not their sum. Each duration is counted in a bin 1% wide
 *       ({@code ...h.<bin>}), so a median read from the bins is within 1% of the exact one.</li>
 *   <li><b>Time going on.</b> An open dispute's dwell at its current layer and whether it is
 *       overdue depend on the moment looked at. Its share keeps when its clock at that layer
 *       started (the sum of those starts, and a count per minute for the median) and its deadline
 *       (a count per deadline), and the report works them out at {@code asOf}.</li>
 * </ul>
 * The sums are exact for the moment they are read: a tally holds every event read so far, so it
 * answers for {@code asOf} = now; a report as of an earlier moment is folded from the events.
 */
public final class KpiTally {

    /** Each bin of a duration is 1% wider than the one before: bin {@code k} holds {@code [1.01^k - 1, 1.01^(k+1) - 1)} ms. */
    private static final double BIN_GROWTH = Math.log(1.01);
    private static final long MINUTE = 60_000;

    public static final KpiTally EMPTY = new KpiTally(Map.of());

    private final Map<String, Long> sums;

    private KpiTally(Map<String, Long> sums) {
        this.sums = sums;
    }

    /** A tally of these counts (counts of 0 are left out). */
    public static KpiTally of(Map<String, Long> sums) {
        Map<String, Long> kept = new TreeMap<>();
        sums.forEach((name, value) -> {
            if (value != 0) {
                kept.put(Objects.requireNonNull(name, "name"), value);
            }
        });
        return new KpiTally(Collections.unmodifiableMap(kept));
    }

    /** The counts by name (e.g. {@code resolved}, {@code dwell.MEDIATION.h.512}), none of them 0. */
    public Map<String, Long> sums() {
        return sums;
    }

    public boolean isEmpty() {
        return sums.isEmpty();
    }

    public KpiTally plus(KpiTally other) {
        return combined(other, 1);
    }

    public KpiTally minus(KpiTally other) {
        return combined(other, -1);
    }

    private KpiTally combined(KpiTally other, long sign) {
        Map<String, Long> result = new TreeMap<>(sums);
        other.sums.forEach((name, value) -> result.merge(name, sign * value, Long::sum));
        return of(result);
    }

    /**
     * One dispute's share, from its events in the order they were read (a redelivered event, equal
     * to one before it, counts once); {@code null} when its report is not among them.
     */
    public static Share shareOf(List<? extends DisputeEvent> events) {
        return share(folded(events));
    }

    /**
     * What {@code event} changes in its dispute's share, its earlier events being {@code prior} (in
     * the order they were read): the share after it minus the share before, the earlier events
     * folded once; {@code null} when the dispute's report is not among them. An event equal to an
     * earlier one changes nothing.
     */
    public static Share changeOf(List<? extends DisputeEvent> prior, DisputeEvent event) {
        DisputeHistory history = folded(prior);
        Share before = share(history);
        if (prior.contains(event)) {
            return before == null ? null : new Share(before.reportedAt(), before.gridCellId(), EMPTY);
        }
        if (history == null) {
            history = new DisputeHistory(event.disputeId());
        }
        history.apply(event, DisputeKpis.RECURRENCE_WINDOW);
        Share after = share(history);
        if (after == null) {
            return null;
        }
        return new Share(after.reportedAt(), after.gridCellId(), after.tally().minus(before == null ? EMPTY : before.tally()));
    }

    /** The events folded in order, each distinct one once; {@code null} when there are none. */
    private static DisputeHistory folded(List<? extends DisputeEvent> events) {
        DisputeHistory history = null;
        for (DisputeEvent event : new LinkedHashSet<DisputeEvent>(events)) {
            if (history == null) {
                history = new DisputeHistory(event.disputeId());
            }
            history.apply(event, DisputeKpis.RECURRENCE_WINDOW);
        }
        return history;
    }

    private static Share share(DisputeHistory history) {
        return history == null || !history.wasReported() ? null : new Share(history.reportedAt(), history.gridCellId(), of(counts(history)));
    }

    /**
     * A dispute's share of the tallies, filed under the day it was reported on and its grid cell.
     *
     * @param reportedAt when the dispute was reported
     * @param gridCellId where
     * @param tally      what it adds
     */
    public record Share(Instant reportedAt, String gridCellId, KpiTally tally) {
    }

    private static Map<String, Long> counts(DisputeHistory h) {
        Map<String, Long> n = new TreeMap<>();
        n.put("cohort", 1L);
        if (h.concluded()) {
            n.put("concluded", 1L);
            if (h.mediated()) {
                n.put("mediated", 1L);
            }
        }
        if (h.closedPushedUpward()) {
            n.put("pushedUpward", 1L);
        }
        if (h.resolved()) {
            n.put("resolved", 1L);
            n.put("resolvedAt." + h.resolvedAtLayer(), 1L);
            if (h.mediated()) {
                n.put("mediatedResolved", 1L);
            }
            if (h.resolvedAtLayer().compareTo(DisputeLayer.SOURCE_RESOLUTION) <= 0) {
                n.put("withinGrid", 1L);
            }
            duration(n, "resolution", Duration.between(h.reportedAt(), h.lastResolvedAt()));
        }
        if (h.everResolved()) {
            n.put("everResolved", 1L);
            if (h.reopenedWithinWindow()) {
                n.put("recurred", 1L);
            }
        }
        if (h.firstTriagedAt() != null) {
            duration(n, "triage", Duration.between(h.reportedAt(), h.firstTriagedAt()));
        }
        Instant clockStart = h.clockStart();
        h.dwell().forEach((layer, time) -> {
            if (!h.concluded() && layer == h.layer()) {
                n.put("open." + layer, 1L);
                n.put("openSince." + layer, clockStart.toEpochMilli());
                n.put("openAt." + layer + "." + Math.floorDiv(clockStart.toEpochMilli(), MINUTE), 1L);
            } else {
                duration(n, "dwell." + layer, time);
            }
        });
        if (h.dueAt() != null) {
            n.put("due." + h.layer() + "." + h.dueAt().toEpochMilli(), 1L);
        }
        return n;
    }

    private static void duration(Map<String, Long> n, String figure, Duration value) {
        long ms = Math.max(0, value.toMillis());
        n.put(figure + ".n", 1L);
        n.put(figure + ".ms", ms);
        n.put(figure + ".h." + bin(ms), 1L);
    }

    static int bin(long ms) {
        return (int) Math.floor(Math.log1p(ms) / BIN_GROWTH);
    }

    /** The middle of bin {@code k}, in ms. */
    static double binValue(int k) {
        return (Math.expm1(k * BIN_GROWTH) + Math.expm1((k + 1) * BIN_GROWTH)) / 2;
    }

    /** The figures of the disputes tallied, at {@code query.asOf()}: counts, without the lists of cases. */
    public KpiReport report(KpiQuery query) {
        Instant asOf = query.asOf();
        Map<DisputeLayer, DurationFigure> dwell = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> open = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> overdue = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> resolvedAt = new EnumMap<>(DisputeLayer.class);
        for (DisputeLayer layer : DisputeLayer.values()) {
            resolvedAt.put(layer, CaseCount.counted("resolvedByLayer." + layer, get("resolvedAt." + layer)));
            open.put(layer, CaseCount.counted("openByLayer." + layer, get("open." + layer)));
            overdue.put(layer, CaseCount.counted("overdueByLayer." + layer, dueBefore(layer, asOf)));
            dwell.put(layer, dwellAt(layer, asOf));
        }
        long concluded = get("concluded");
        return new KpiReport(query, null, get("cohort"),
                Figure.counted("resolutionRate", get("resolved"), concluded),
                Figure.counted("mediationSuccessRate", get("mediatedResolved"), get("mediated")),
                Figure.counted("notPushedUpwardRate", concluded - get("pushedUpward"), concluded),
                Figure.counted("resolvedWithinGridRate", get("withinGrid"), get("resolved")),
                duration("timeToFirstIntervention", "triage", List.of(), 0, 0),
                duration("timeToResolution", "resolution", List.of(), 0, 0),
                dwell, open, overdue, resolvedAt,
                Figure.counted("recurrenceWithin90Days", get("recurred"), get("everResolved")));
    }

    private long get(String name) {
        return sums.getOrDefault(name, 0L);
    }

    private long dueBefore(DisputeLayer layer, Instant asOf) {
        String prefix = "due." + layer + ".";
        return sums.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && Long.parseLong(e.getKey().substring(prefix.length())) < asOf.toEpochMilli())
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The dwell at a layer: the disputes that left it, and those at it now, whose clocks run until {@code asOf}. */
    private DurationFigure dwellAt(DisputeLayer layer, Instant asOf) {
        long openHere = get("open." + layer);
        String prefix = "openAt." + layer + ".";
        List<double[]> running = new ArrayList<>();
        sums.forEach((name, count) -> {
            if (name.startsWith(prefix)) {
                long minute = Long.parseLong(name.substring(prefix.length()));
                running.add(new double[] {Math.max(0, asOf.toEpochMilli() - (minute * MINUTE + MINUTE / 2)), count});
            }
        });
        long runningMs = openHere * asOf.toEpochMilli() - get("openSince." + layer);
        return duration("dwellPerLayer." + layer, "dwell." + layer, running, openHere, runningMs);
    }

    /**
     * A duration figure from its bins, plus {@code extraCount} values of {@code extraMs} in all
     * whose approximate values are {@code extra} ({value, count} pairs).
     */
    private DurationFigure duration(String name, String figure, List<double[]> extra, long extraCount, long extraMs) {
        long count = get(figure + ".n") + extraCount;
        if (count == 0) {
            return new DurationFigure(name, 0, null, null, Duration.ZERO, null);
        }
        Duration total = Duration.ofMillis(get(figure + ".ms") + extraMs);
        List<double[]> values = new ArrayList<>(extra);
        String prefix = figure + ".h.";
        sums.forEach((key, n) -> {
            if (key.startsWith(prefix)) {
                values.add(new double[] {binValue(Integer.parseInt(key.substring(prefix.length()))), n});
            }
        });
        values.sort(Comparator.comparingDouble(v -> v[0]));
        double median = count % 2 == 1 ? valueAt(values, count / 2) : (valueAt(values, count / 2 - 1) + valueAt(values, count / 2)) / 2;
        return new DurationFigure(name, count, Duration.ofMillis(Math.round(median)), total.dividedBy(count), total, null);
    }

    /** The value of rank {@code rank} (from 0) among the sorted {value, count} pairs. */
    private static double valueAt(List<double[]> sorted, long rank) {
        long seen = 0;
        for (double[] value : sorted) {
            seen += (long) value[1];
            if (rank < seen) {
                return value[0];
            }
        }
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)[0];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KpiTally tally && tally.sums.equals(sums);
    }

    @Override
    public int hashCode() {
        return sums.hashCode();
    }

    @Override
    public String toString() {
        return "KpiTally" + sums;
    }
}
