package org.fengqiao.citizen.tally.model;

import java.util.HashMap;
import java.util.Map;

/** The counters of a period, summed over its days. */
public final class DayTotals {

    private final Map<String, Long> totals = new HashMap<>();

    public void add(Map<String, Long> counts) {
        counts.forEach((counter, amount) -> totals.merge(counter, amount, Long::sum));
    }

    public long of(String counter) {
        return totals.getOrDefault(counter, 0L);
    }
}
