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
 * @param median     the median of the per-dispute durations (the mean of the two middle ones when
 *                   their number is even); {@code null} when no dispute has one
 * @param mean       their arithmetic mean; {@code null} when no dispute has one
 * @param total      their sum ({@link Duration#ZERO} when no dispute has one)
 * @param disputeIds the disputes measured (sorted)
 */
public record DurationFigure(String name, Duration median, Duration mean, Duration total, List<String> disputeIds) {

    public DurationFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(total, "total");
        disputeIds = List.copyOf(disputeIds);
        if (disputeIds.isEmpty() != (median == null) || disputeIds.isEmpty() != (mean == null)) {
            throw new IllegalArgumentException(name + ": median and mean are null exactly when there are no cases");
        }
    }

    /** Summarises one duration per dispute. */
    static DurationFigure of(String name, Map<String, Duration> byDispute) {
        List<String> ids = byDispute.keySet().stream().sorted().toList();
        if (ids.isEmpty()) {
            return new DurationFigure(name, null, null, Duration.ZERO, ids);
        }
        List<Duration> values = new ArrayList<>(byDispute.values());
        Collections.sort(values);
        int n = values.size();
        Duration median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).plus(values.get(n / 2)).dividedBy(2);
        Duration total = values.stream().reduce(Duration.ZERO, Duration::plus);
        return new DurationFigure(name, median, total.dividedBy(n), total, ids);
    }
}
