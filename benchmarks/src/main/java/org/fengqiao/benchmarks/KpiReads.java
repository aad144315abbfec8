package org.fengqiao.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reading the station's KPIs costs as disputes accumulate: the year's figures (the last 365
 * whole days of the station's zone) asked for {@value #TIMES} times each way, from the running tallies (no
 * {@code asOf}) and folded from the event log ({@code asOf} = now), one request at a time.
 */
final class KpiReads {

    static final int TIMES = 5;
    /** The zone the services keep the KPIs' days in: dispute-service's {@code DISPUTE_KPI_ZONE}, which the benchmark passes on. */
    private static final ZoneId STATION_ZONE = ZoneId.of(System.getenv().getOrDefault("DISPUTE_KPI_ZONE", "Asia/Shanghai"));
    private static final Pattern COHORT = Pattern.compile("\"cohortSize\"\\s*:\\s*(\\d+)");

    /**
     * @param cohort    the disputes the year's figures counted (from the last fold)
     * @param tallies   time per request answered from the running tallies, ms
     * @param folded    time per request folded from the log, ms
     */
    record Result(long cohort, Percentiles tallies, Percentiles folded) {

        String describe() {
            return String.format("%,d disputes in the year; from the running tallies %s; folded from the log %s", cohort,
                    tallies.describe(), folded.describe());
        }
    }

    private final ServiceCalls calls = new ServiceCalls();

    Result measure(String disputeServiceUrl, String token) {
        LocalDate tomorrow = LocalDate.now(STATION_ZONE).plusDays(1);
        String year = disputeServiceUrl + "/api/v1/kpis?from=" + tomorrow.minusDays(365).atStartOfDay(STATION_ZONE).toInstant()
                + "&to=" + tomorrow.atStartOfDay(STATION_ZONE).toInstant();
        List<Double> tallied = new ArrayList<>();
        List<Double> folded = new ArrayList<>();
        long cohort = -1;
        for (int i = 0; i < TIMES; i++) {
            tallied.add(calls.get(year, token).millis());
            ServiceCalls.Answer fold = calls.get(year + "&asOf=" + Instant.now(), token);
            folded.add(fold.millis());
            Matcher matcher = COHORT.matcher(fold.body());
            cohort = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }
        return new Result(cohort, Percentiles.of(tallied), Percentiles.of(folded));
    }
}
