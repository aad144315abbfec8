package org.fengqiao.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Latency percentiles of one measurement, in milliseconds (nearest-rank). */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static Percentiles of(Collection<Double> millis) {
        if (millis.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** "p50 12 ms, p95 30 ms, p99 41 ms, max 55 ms" */
    public String describe() {
        if (count == 0) {
            return "no samples";
        }
        return String.format("p50 %s, p95 %s, p99 %s, max %s", ms(p50), ms(p95), ms(p99), ms(max));
    }

    static String ms(double value) {
        return value >= 10_000 ? String.format("%.1f s", value / 1000) : String.format("%.0f ms", value);
    }
}
