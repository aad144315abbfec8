package org.fengqiao.dispute.kpi.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A duration measured once per dispute, summed up over the disputes that have one.
 *
 * @param name       the KPI's name, e.g. {@code timeToResolution}
 * @param count      how many disputes have one
 * @param median     the median of the per-dispute durations (the mean of the two middle ones when
 *                   their number is even); {@code null} when no dispute has one. Read from the
 *                   running tallies, it is within 1% of the exact median (within 30 seconds for
 *                   the time open disputes have spent at their layer so far)
 * @param mean       their arithmetic mean; {@code null} when no dispute has one
 * @param total      their sum ({@link Duration#ZERO} when no dispute has one)
 * @param disputeIds the disputes measured (sorted); {@code null} when read from the running tallies
 */
public record DurationFigure(String name, long count, Duration median, Duration mean, Duration total, List<String> disputeIds) {

    public DurationFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(total, "total");
        disputeIds = disputeIds == null ? null : List.copyOf(disputeIds);
        if (count < 0 || (count == 0) != (median == null) || (count == 0) != (mean == null)) {
            throw new IllegalArgumentException(name + ": median and mean are null exactly when there are no cases");
        }
        if (disputeIds != null && disputeIds.size() != count) {
            throw new IllegalArgumentException(name + ": " + disputeIds.size() + " cases for a count of " + count);
        }
    }

    /** Summarises one duration per dispute. */
    static DurationFigure of(String name, Map<String, Duration> byDispute) {
        List<String> ids = byDispute.keySet().stream().sorted().toList();
        if (ids.isEmpty()) {
            return new DurationFigure(name, 0, null, null, Duration.ZERO, ids);
        }
        List<Duration> values = new ArrayList<>(byDispute.values());
        Collections.sort(values);
        int n = values.size();
        Duration median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).plus(values.get(n / 2)).dividedBy(2);
        Duration total = values.stream().reduce(Duration.ZERO, Duration::plus);
        return new DurationFigure(name, n, median, total.dividedBy(n), total, ids);
    }
}
