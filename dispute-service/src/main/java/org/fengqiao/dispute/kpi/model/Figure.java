package org.fengqiao.dispute.kpi.model;

import java.util.List;
import java.util.Objects;

/**
 * A rate: {@code numerator / denominator}, with the cases it was computed over.
 *
 * @param name        the KPI's name, e.g. {@code resolutionRate}
 * @param value       {@code numerator / denominator}, or {@code null} when there is no denominator
 * @param numerator   how many of the cases count towards the rate
 * @param denominator how many cases the rate is taken over
 * @param disputeIds  the denominator's cases (dispute ids, sorted), so every figure can be traced
 *                    back to the disputes behind it; {@code null} when the figure was read from the
 *                    running tallies, which count the cases without listing them
 */
public record Figure(String name, Double value, long numerator, long denominator, List<String> disputeIds) {

    public Figure {
        Objects.requireNonNull(name, "name");
        disputeIds = disputeIds == null ? null : List.copyOf(disputeIds);
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(name + ": numerator " + numerator + " outside 0.." + denominator);
        }
        if (disputeIds != null && disputeIds.size() != denominator) {
            throw new IllegalArgumentException(name + ": " + disputeIds.size() + " cases for a denominator of " + denominator);
        }
    }

    /** The share of {@code cases} that {@code counted} holds (ids are sorted here). */
    static Figure of(String name, long counted, List<String> cases) {
        List<String> sorted = cases.stream().sorted().toList();
        Double value = sorted.isEmpty() ? null : (double) counted / sorted.size();
        return new Figure(name, value, counted, sorted.size(), sorted);
    }

    /** The share {@code numerator / denominator}, the cases not listed. */
    static Figure counted(String name, long numerator, long denominator) {
        return new Figure(name, denominator == 0 ? null : (double) numerator / denominator, numerator, denominator, null);
    }
}
