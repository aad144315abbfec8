package org.fengqiao.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time each process used during a step, read before and after it: how busy the machine's
 * cores were over the step's wall time, and the milliseconds each process spent per report.
 *
 * @param millisByProcess CPU milliseconds used during the step, by process (those that could be read both times)
 * @param wallMillis      the step's wall time, sends and drain
 * @param reports         the reports accepted in the step
 * @param cores           the machine's cores
 */
record CpuUse(Map<String, Long> millisByProcess, long wallMillis, int reports, int cores) {

    static CpuUse between(Map<String, Long> before, Map<String, Long> after, long wallMillis, int reports, int cores) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((process, millis) -> {
            Long was = before.get(process);
            if (was != null && was >= 0 && millis >= 0) {
                used.put(process, millis - was);
            }
        });
        return new CpuUse(used, wallMillis, reports, cores);
    }

    /** Cores busy on average over the step (all processes read). */
    double busyCores() {
        return wallMillis <= 0 ? 0 : millisByProcess.values().stream().mapToLong(Long::longValue).sum() / (double) wallMillis;
    }

    String describe() {
        double total = millisByProcess.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%.2f of %d cores busy over %.0f s; per report %.1f ms: %s", busyCores(), cores, wallMillis / 1000.0,
                perReport(total), millisByProcess.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), perReport(e.getValue())))
                        .collect(Collectors.joining(", ")));
    }

    private double perReport(double millis) {
        return reports == 0 ? 0 : millis / reports;
    }
}
