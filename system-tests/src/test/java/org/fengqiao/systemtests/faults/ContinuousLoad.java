package org.fengqiao.systemtests.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client apps that keep using the platform through the gateway while faults are injected: grid
 * workers reporting disputes and a patrol team raising urgent alerts, at fixed rates. Each request
 * carries its own {@code Idempotency-Key} and, as a client app does after a timeout, a 5xx or a
 * 409 (the first attempt still in progress), is sent again with the same key and body every second
 * until it is accepted: a flow is the client's intention, started once, however many attempts it
 * takes.
 */
final class ContinuousLoad implements AutoCloseable {

    enum Kind { REPORT, URGENT_ALERT }

    /** One report or alert a client set out to make. */
    static final class Flow {
        final Kind kind;
        final String phase;
        final String idempotencyKey = UUID.randomUUID().toString();
        final long startedNanos = System.nanoTime();
        final AtomicInteger attempts = new AtomicInteger();
        /** The dispute or incident the platform created for it; {@code null} until accepted. */
        volatile String aggregateId;
        /** A 4xx other than 409: the platform refused what it accepts when healthy. */
        volatile String refusal;

        Flow(Kind kind, String phase) {
            this.kind = kind;
            this.phase = phase;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> GRID_CELLS = List.of("GC-101", "GC-102", "GC-103", "GC-104", "GC-201", "GC-202",
            "GC-203", "GC-204", "GC-301", "GC-302", "GC-303", "GC-304");
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Set<Integer> RETRIED = Set.of(408, 409, 425, 429);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final String gatewayUrl;
    private final List<String> reporterTokens;
    private final String patrolToken;
    private final List<Flow> flows = new CopyOnWriteArrayList<>();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String phase = "steady";

    ContinuousLoad(String gatewayUrl, Function<String, String> tokens) {
        this.gatewayUrl = gatewayUrl;
        this.reporterTokens = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> tokens.apply(String.format("IV-%04d", i))).toList();
        this.patrolToken = tokens.apply("PT-20-M02");
    }

    /** Starts the clients: {@code reportsPerSecond} reports and {@code alertsPerSecond} urgent alerts. */
    void start(double reportsPerSecond, double alertsPerSecond) {
        schedules.add(scheduler.scheduleAtFixedRate(this::report, 0, (long) (1e6 / reportsPerSecond), TimeUnit.MICROSECONDS));
        schedules.add(scheduler.scheduleAtFixedRate(this::alert, 250_000, (long) (1e6 / alertsPerSecond), TimeUnit.MICROSECONDS));
    }

    /** Names the phase the flows started from now on belong to. */
    void phase(String name) {
        this.phase = name;
    }

    /** Starts no more flows; the ones started keep being retried until accepted. */
    void stopStarting() {
        schedules.forEach(schedule -> schedule.cancel(false));
        schedules.clear();
    }

    List<Flow> flows() {
        return List.copyOf(flows);
    }

    List<Flow> flows(String phaseName) {
        return flows.stream().filter(flow -> flow.phase.equals(phaseName)).toList();
    }

    private void report() {
        int n = sequence.incrementAndGet();
        String body = """
                {"gridCellId":"%s","category":"NEIGHBOUR","parties":[{"name":"Fault-suite neighbour %d","role":"upstairs"},
                 {"name":"Fault-suite neighbour %d","role":"downstairs"}],"description":"Fault-suite report %d: water through the ceiling.",
                 "peopleInvolved":2}""".formatted(GRID_CELLS.get(n % GRID_CELLS.size()), n, n + 1, n);
        send(new Flow(Kind.REPORT, phase), "/api/v1/disputes", reporterTokens.get(n % reporterTokens.size()), body);
    }

    private void alert() {
        int n = sequence.incrementAndGet();
        String body = """
                {"teamId":"PT-20","gridBlockId":"GB-142","category":"THEFT","urgent":true,"place":"Tower 7, east face",
                 "description":"Fault-suite alert %d: someone climbing the outside of the tower."}""".formatted(n);
        send(new Flow(Kind.URGENT_ALERT, phase), "/api/v1/incidents", patrolToken, body);
    }

    private void send(Flow flow, String path, String token, String body) {
        flows.add(flow);
        attempt(flow, path, token, body);
    }

    private void attempt(Flow flow, String path, String token, String body) {
        flow.attempts.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", flow.idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 201) {
                accepted(flow, response.body());
            } else if (failure != null || response.statusCode() >= 500 || RETRIED.contains(response.statusCode())) {
                scheduler.schedule(() -> attempt(flow, path, token, body), RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                flow.refusal = response.statusCode() + " " + response.body();
            }
        });
    }

    private static void accepted(Flow flow, String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            flow.refusal = "201 without an id: " + body;
            return;
        }
        flow.aggregateId = matcher.group(1);
    }

    @Override
    public void close() {
        stopStarting();
        scheduler.shutdownNow();
    }
}
