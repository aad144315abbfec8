package org.fengqiao.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reading a month's team assessment and patrol KPIs costs as the month fills: patrols are
 * added through patrol-service's API (a shift started, checked in at every checkpoint of its block,
 * ended; an URGENT incident acknowledged every tenth shift), then the month's ranking
 * ({@code /api/v1/assessments/{month}}) and KPIs ({@code /api/v1/patrol-kpis/{month}}) are read
 * {@value #TIMES} times each, one request at a time. The first read of a month is shown apart: a
 * service that keeps running tallies counts the month's records in then, once.
 */
final class AssessmentReads {

    static final int TIMES = 5;
    /** The zone patrol-service keeps its months in ({@code patrol.assessment.zone}). */
    private static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int WRITERS = 4;
    private static final Pattern TEAM = Pattern.compile("\"id\"\\s*:\\s*\"(PT-[^\"]+)\"[^}]*?\"gridBlockIds\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern BLOCK = Pattern.compile("\"id\"\\s*:\\s*\"(GB-[^\"]+)\"[^\\[]*\"checkpoints\"\\s*:\\s*\\[(.*?)\\]\\s*,\\s*\"neighbours\"");
    private static final Pattern CHECKPOINT = Pattern.compile(
            "\"id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"latitude\"\\s*:\\s*([-0-9.]+)[^}]*?\"longitude\"\\s*:\\s*([-0-9.]+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param shifts    shifts of the month written so far (by this run)
     * @param writes    the requests that wrote them, and how long that took
     * @param first     the month's first ranking read after the writes, ms
     * @param ranking   the ranking reads after it, ms
     * @param kpis      the KPI reads, ms
     */
    record Result(int shifts, int writes, Duration writing, double first, Percentiles ranking, Percentiles kpis) {

        String describe() {
            return String.format("%,d shifts in the month (%,d writes in %d s); first ranking read %.0f ms; ranking %s; KPIs %s", shifts,
                    writes, writing.toSeconds(), first, ranking.describe(), kpis.describe());
        }
    }

    private record Patrol(String teamId, String gridBlockId, List<String[]> checkpoints) {
    }

    private final ServiceCalls calls = new ServiceCalls();
    private final String patrolServiceUrl;
    private final Function<String, String> tokens;
    private final List<Patrol> patrols;
    private int written;

    AssessmentReads(String patrolServiceUrl, Function<String, String> tokens) {
        this.patrolServiceUrl = patrolServiceUrl;
        this.tokens = tokens;
        this.patrols = patrols();
    }

    /** Adds shifts until the month holds {@code shifts} of this run's, then reads the month. */
    Result fillAndMeasure(int shifts) {
        long start = System.nanoTime();
        AtomicInteger writes = new AtomicInteger();
        int from = written;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            // each writer keeps to its own blocks: a team has one shift under way on a block at a time
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int n = from; n < shifts; n++) {
                        int patrol = n % patrols.size();
                        if (patrol % WRITERS == writer) {
                            patrol(patrols.get(patrol), n % 10 == 0, writes);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("writing the month's patrols: " + e.getMessage(), e);
        } finally {
            writers.shutdownNow();
        }
        written = shifts;
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        String month = YearMonth.now(STATION_ZONE).toString();
        String police = tokens.apply("PO-01");
        double first = timed("/api/v1/assessments/" + month, police);
        List<Double> ranking = new ArrayList<>();
        List<Double> kpis = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            ranking.add(timed("/api/v1/assessments/" + month, police));
            kpis.add(timed("/api/v1/patrol-kpis/" + month, police));
        }
        return new Result(shifts, writes.get(), writing, first, Percentiles.of(ranking), Percentiles.of(kpis));
    }

    private void patrol(Patrol patrol, boolean withIncident, AtomicInteger writes) {
        String member = patrol.teamId() + "-M01";
        String token = tokens.apply(member);
        String shift = id(send("POST", "/api/v1/shifts", token, String.format("{\"teamId\":\"%s\",\"gridBlockId\":\"%s\",\"memberId\":\"%s\"}",
                patrol.teamId(), patrol.gridBlockId(), member)));
        for (String[] checkpoint : patrol.checkpoints()) {
            send("POST", "/api/v1/check-ins", token, String.format("{\"teamId\":\"%s\",\"memberId\":\"%s\",\"checkpointId\":\"%s\","
                    + "\"deviceTime\":\"%s\",\"latitude\":%s,\"longitude\":%s}", patrol.teamId(), member, checkpoint[0], Instant.now(),
                    checkpoint[1], checkpoint[2]));
        }
        send("POST", "/api/v1/shifts/" + shift + "/end", token, "{}");
        writes.addAndGet(2 + patrol.checkpoints().size());
        if (withIncident) {
            String incident = id(send("POST", "/api/v1/incidents", token, String.format("{\"teamId\":\"%s\",\"gridBlockId\":\"%s\","
                    + "\"category\":\"SUSPICIOUS_ACTIVITY\",\"urgent\":true,\"place\":\"Gate of the block\",\"description\":\"A made-up alert.\","
                    + "\"reportedBy\":\"%s\"}", patrol.teamId(), patrol.gridBlockId(), member)));
            send("POST", "/api/v1/incidents/" + incident + "/acknowledgement", tokens.apply("PO-01"), "{\"by\":\"PO-01\"}");
            writes.addAndGet(2);
        }
    }

    /** Every team's blocks with their checkpoints. */
    private List<Patrol> patrols() {
        String police = tokens.apply("PO-01");
        Map<String, List<String[]>> checkpoints = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(send("GET", "/api/v1/grid-blocks", police, null));
        while (block.find()) {
            List<String[]> points = new ArrayList<>();
            Matcher point = CHECKPOINT.matcher(block.group(2));
            while (point.find()) {
                points.add(new String[] {point.group(1), point.group(2), point.group(3)});
            }
            checkpoints.put(block.group(1), points);
        }
        List<Patrol> all = new ArrayList<>();
        Matcher team = TEAM.matcher(send("GET", "/api/v1/patrol-teams?size=200", police, null));
        while (team.find()) {
            for (String gridBlock : team.group(2).replace("\"", "").split(",")) {
                List<String[]> points = checkpoints.get(gridBlock.trim());
                if (points != null && !points.isEmpty()) {
                    all.add(new Patrol(team.group(1), gridBlock.trim(), points));
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("patrol-service lists no team with a block that has checkpoints");
        }
        return all;
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return matcher.group(1);
    }

    private double timed(String path, String token) {
        return calls.get(patrolServiceUrl + path, token).millis();
    }

    private String send(String method, String path, String token, String body) {
        return calls.send(method, patrolServiceUrl + path, token, body).body();
    }
}
