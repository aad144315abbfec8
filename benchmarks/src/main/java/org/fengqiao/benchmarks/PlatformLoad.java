package org.fengqiao.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the platform benchmark: reports posted open loop at a fixed rate for a while, each
 * by one of the made-up grid workers with their own token, and, meanwhile, an URGENT patrol alert
 * every two seconds. Then it waits for the flows to drain and measures each report from its due
 * time: to {@code DisputeReported} on the topic, and to the community officer's in-app delivery.
 */
public final class PlatformLoad {

    /** Where the step sends (reports round-robin over the dispute-service instances) and with whose tokens. */
    public record Target(List<String> disputeServiceUrls, String patrolServiceUrl, Function<String, String> tokens) {
    }

    public record Result(double rate, int seconds, int offered, int accepted, int refused, Percentiles accept,
                         Percentiles toTopic, Percentiles toInApp, int notOnTopic, int notDelivered, int duplicated,
                         double endToEndPerSecond, int urgentOffered, Percentiles urgentToInApp, int urgentNotDelivered,
                         Duration drained) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> GRID_CELLS = List.of("GC-101", "GC-102", "GC-103", "GC-104", "GC-201", "GC-202", "GC-203",
            "GC-204", "GC-301", "GC-302", "GC-303", "GC-304");
    private static final int REPORTERS = 60;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Result run(Target target, FlowObserver observer, double rate, int seconds, Duration maxDrain) {
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= REPORTERS; i++) {
            tokens.add(target.tokens().apply(String.format("IV-%04d", i)));
        }
        String patrolToken = target.tokens().apply("PT-20-M02");
        String policeToken = target.tokens().apply("PO-01");

        long nano0 = System.nanoTime();
        Instant wall0 = Instant.now();
        Map<String, Long> dueOfReport = new ConcurrentHashMap<>();
        Map<String, Long> dueOfIncident = new ConcurrentHashMap<>();
        List<Double> acceptMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        List<CompletableFuture<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
        int count = (int) Math.round(rate * seconds);
        AtomicInteger sequence = new AtomicInteger();

        Thread alerts = new Thread(() -> OpenLoop.run(0.5, Math.max(1, seconds / 2), due -> pending.add(
                post(target.patrolServiceUrl() + "/api/v1/incidents", patrolToken, incident(due)).thenAccept(response -> {
                    String id = id(response);
                    if (id != null) {
                        dueOfIncident.put(id, due);
                    }
                }))), "benchmark-alerts");
        alerts.start();
        OpenLoop.run(rate, count, due -> {
            int n = sequence.getAndIncrement();
            String instance = target.disputeServiceUrls().get(n % target.disputeServiceUrls().size());
            pending.add(post(instance + "/api/v1/disputes", tokens.get(n % tokens.size()), report(n))
                    .thenAccept(response -> {
                        String id = response.statusCode() == 201 ? id(response) : null;
                        if (id == null) {
                            refused.incrementAndGet();
                            return;
                        }
                        acceptMillis.add((System.nanoTime() - due) / 1e6);
                        dueOfReport.put(id, due);
                    }).exceptionally(failure -> {
                        refused.incrementAndGet();
                        return null;
                    }));
        });
        join(alerts);
        for (CompletableFuture<?> future : List.copyOf(pending)) {
            try {
                future.get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        }

        long drainStart = System.nanoTime();
        long deadline = drainStart + maxDrain.toNanos();
        Map<String, List<FlowObserver.Delivery>> delivered = Map.of();
        while (System.nanoTime() < deadline) {
            delivered = observer.inAppDeliveries(dueOfReport.keySet());
            if (delivered.keySet().containsAll(dueOfReport.keySet())
                    && observer.inAppDeliveries(dueOfIncident.keySet()).size() == dueOfIncident.size()) {
                break;
            }
            sleep(500);
        }
        Duration drained = Duration.ofNanos(System.nanoTime() - drainStart);
        delivered = observer.inAppDeliveries(dueOfReport.keySet());

        List<Double> toTopic = new ArrayList<>();
        List<Double> toInApp = new ArrayList<>();
        int notOnTopic = 0;
        int duplicated = 0;
        Instant lastDelivery = wall0;
        for (Map.Entry<String, Long> report : dueOfReport.entrySet()) {
            Long seen = observer.reportedSeenAt(report.getKey());
            if (seen == null) {
                notOnTopic++;
            } else {
                toTopic.add((seen - report.getValue()) / 1e6);
            }
            List<FlowObserver.Delivery> deliveries = delivered.getOrDefault(report.getKey(), List.of());
            if (!deliveries.isEmpty()) {
                Instant due = wall0.plusNanos(report.getValue() - nano0);
                Instant first = deliveries.stream().map(FlowObserver.Delivery::deliveredAt).min(Instant::compareTo).orElseThrow();
                toInApp.add(Duration.between(due, first).toNanos() / 1e6);
                if (first.isAfter(lastDelivery)) {
                    lastDelivery = first;
                }
                if (deliveries.size() > 1) {
                    duplicated++;
                }
            }
        }
        List<Double> urgent = new ArrayList<>();
        int urgentNotDelivered = 0;
        for (Map.Entry<String, Long> incident : dueOfIncident.entrySet()) {
            List<FlowObserver.Delivery> toPolice = observer.inAppDeliveriesOf(incident.getKey(), "PO-01").values().stream()
                    .flatMap(List::stream).toList();
            if (toPolice.isEmpty()) {
                urgentNotDelivered++;
                continue;
            }
            Instant due = wall0.plusNanos(incident.getValue() - nano0);
            urgent.add(Duration.between(due, toPolice.get(0).deliveredAt()).toNanos() / 1e6);
            // the police take charge, so the alert stops repeating into the next steps
            post(target.patrolServiceUrl() + "/api/v1/incidents/" + incident.getKey() + "/acknowledgement", policeToken, "{}").join();
        }
        double span = Duration.between(wall0.plusNanos(20_000_000L), lastDelivery).toNanos() / 1e9;
        double endToEnd = toInApp.isEmpty() || span <= 0 ? 0 : toInApp.size() / span;
        return new Result(rate, seconds, count, dueOfReport.size(), refused.get(), Percentiles.of(acceptMillis), Percentiles.of(toTopic),
                Percentiles.of(toInApp), notOnTopic, dueOfReport.size() - toInApp.size(), duplicated, endToEnd, dueOfIncident.size(),
                Percentiles.of(urgent), urgentNotDelivered, drained);
    }

    private CompletableFuture<HttpResponse<String>> post(String url, String token, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        return response.statusCode() == 201 && matcher.find() ? matcher.group(1) : null;
    }

    private static String report(int n) {
        return """
                {"gridCellId":"%s","category":"WAGE_ARREARS","parties":[{"name":"Benchmark contractor %d","role":"general contractor"},
                 {"name":"Benchmark workers %d","role":"workers"}],"description":"Benchmark report %d: wages unpaid at a made-up site.",
                 "peopleInvolved":3}""".formatted(GRID_CELLS.get(n % GRID_CELLS.size()), n, n, n);
    }

    private static String incident(long due) {
        return """
                {"teamId":"PT-20","gridBlockId":"GB-142","category":"THEFT","urgent":true,"place":"Tower 7, east face",
                 "description":"Benchmark alert %d: someone climbing the outside of the tower."}""".formatted(due);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
