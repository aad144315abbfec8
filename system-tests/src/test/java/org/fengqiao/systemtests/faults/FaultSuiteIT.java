package org.fengqiao.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.benchmarks.FlowObserver;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.localstack.ServiceProcess;
import org.fengqiao.systemtests.StackLogs;
import org.fengqiao.systemtests.faults.ContinuousLoad.Flow;
import org.fengqiao.systemtests.faults.ContinuousLoad.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform under continuous load through the gateway (grid workers' reports and a patrol
 * team's urgent alerts, each retried by its client with its {@code Idempotency-Key} until
 * accepted) while, one after the other: the broker is stopped for 30 s, the store is stopped for
 * 10 s, each service and the gateway is killed ({@code kill -9}) and started again, and finally
 * every consumer group of every service is set back to offset 0 so the whole history is read
 * again. A flow is complete when the person it concerns has it in the in-app inbox, as an outside
 * subscriber of {@code notification.events} sees it. Each fault prints its line of the table (flows
 * started, completed, lost, duplicated, time to recover) and fails on anything lost or done twice.
 *
 * <p>About four minutes (with {@link TwoReplicasIT} seven): not part of {@code mvn verify}, whose whole
 * run must stay under 15 minutes on 2 cores (with this suite in it, CI took 14:14); run with
 * {@code -Pfaults} (README).
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final double REPORTS_PER_SECOND = 4;
    private static final double ALERTS_PER_SECOND = 0.5;
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);
    private static final List<String> SERVICES = List.of("dispute-service", "patrol-service", "citizen-service", "notification-service");

    @TempDir
    static Path dataDir;

    static LocalStack stack;
    static FlowObserver observer;
    static ContinuousLoad load;
    static final List<Row> table = new ArrayList<>();

    /** A line of the fault table. */
    record Row(String fault, Duration lasted, int started, int completed, int lost, int duplicated, int createdTwice,
               Duration recovered) {

        static String header() {
            return String.format("| %-62s | %8s | %7s | %9s | %4s | %10s | %13s | %15s |", "fault", "lasted", "started", "completed",
                    "lost", "duplicated", "created twice", "time to recover");
        }

        @Override
        public String toString() {
            return String.format("| %-62s | %6.1f s | %7d | %9d | %4d | %10d | %13d | %13.1f s |", fault, lasted.toMillis() / 1000.0,
                    started, completed, lost, duplicated, createdTwice, recovered.toMillis() / 1000.0);
        }
    }

    @BeforeAll
    static void startUnderLoad() {
        stack = LocalStack.builder().dataDir(dataDir).freePorts().events(System.out::println)
                .services(List.of("identity", "gateway", "dispute-service", "patrol-service", "citizen-service", "notification-service"))
                // what a crash interrupted is finished 20 s after it began (a minute by default)
                .serviceEnvironment("citizen-service", "CITIZEN_APPOINTMENTS_UNFINISHED_AFTER", "PT20S")
                .serviceEnvironment("citizen-service", "CITIZEN_APPOINTMENTS_UNFINISHED_CHECK_INTERVAL", "PT2S")
                .start();
        observer = new FlowObserver(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER));
        load = new ContinuousLoad(stack.gatewayUrl(), stack::devToken);
        load.phase("no fault (the first 20 s)");
        load.start(REPORTS_PER_SECOND, ALERTS_PER_SECOND);
        // a baseline: the load alone, before any fault
        TimePassing.let(Duration.ofSeconds(20));
        table.add(recovered("no fault (the first 20 s)", Duration.ZERO, System.nanoTime()));
    }

    @AfterAll
    static void stop() {
        if (load != null) {
            load.close();
        }
        if (observer != null) {
            observer.close();
        }
        System.out.println();
        System.out.println("Fault suite: " + REPORTS_PER_SECOND + " reports/s and " + ALERTS_PER_SECOND
                + " urgent alerts/s through the gateway, each retried with its Idempotency-Key until accepted");
        System.out.println(Row.header());
        table.forEach(System.out::println);
        if (observer != null) {
            System.out.println("events published a second time under the same ce_id (the outbox publishes at least once;"
                    + " every consumer, and this count of flows, takes each once): " + observer.republished());
        }
        if (stack != null) {
            stack.close();
            StackLogs.keep(stack, "FaultSuiteIT");
        }
    }

    @Test
    @Order(1)
    void the_broker_stopped_for_30_s_loses_nothing_and_does_nothing_twice() {
        fault("broker stopped for 30 s, then started", () -> {
            stack.kafka().stop();
            TimePassing.let(Duration.ofSeconds(30));
        }, () -> stack.kafka().start());
    }

    @Test
    @Order(2)
    void the_store_stopped_for_10_s_loses_nothing_and_does_nothing_twice() {
        fault("store stopped for 10 s, then started", () -> {
            stack.mongo().stop();
            TimePassing.let(Duration.ofSeconds(10));
        }, () -> stack.mongo().start());
    }

    @Test
    @Order(3)
    void each_service_and_the_gateway_killed_in_turn_loses_nothing_and_does_nothing_twice() {
        for (String name : List.of("dispute-service", "patrol-service", "citizen-service", "notification-service", "gateway")) {
            ServiceProcess service = stack.service(name);
            fault("kill -9 " + name + ", then started", service::kill, () -> {
                service.start();
                service.awaitHealthy(Duration.ofMinutes(2));
            });
        }
    }

    @Test
    @Order(4)
    void citizen_service_killed_between_taking_a_place_and_storing_the_appointment_gives_the_place_back_once_restarted() {
        ServiceProcess citizen = stack.service("citizen-service");
        Instant slot = freeSlot();
        ApiClient resident = new ApiClient(stack.gatewayUrl()).as(stack.devToken("CZ-90007"));
        Map<String, Object> booking = Map.of("citizenRef", "CZ-90007", "servicePointId", "PA-02", "service", "HOUSEHOLD_REGISTRATION",
                "slotStart", slot.toString());
        citizen.stop();
        ServiceProcess crashing = citizen.withEnvironment(Map.of("PLATFORM_CRASH_AT", "booking.place-taken"));
        try {
            crashing.start();
            crashing.awaitHealthy(Duration.ofMinutes(2));
            assertThat(resident.post("/api/v1/appointments", booking).status()).as("the process halted mid-request")
                    .isGreaterThanOrEqualTo(500);
            await().atMost(Duration.ofSeconds(20)).until(() -> !crashing.isAlive());
        } finally {
            if (crashing.isAlive()) {
                crashing.kill();
            }
        }

        // what the halt left, read in the store while nothing runs that could finish it
        try (com.mongodb.client.MongoClient store = com.mongodb.client.MongoClients.create(stack.mongoUri("citizen"))) {
            com.mongodb.client.MongoDatabase citizenStore = store.getDatabase("citizen");
            org.bson.Document place = citizenStore.getCollection("appointment_slots").find(new org.bson.Document("_id", "PA-02|" + slot)).first();
            assertThat(place).as("a place taken").isNotNull();
            assertThat(place.getInteger("taken")).isEqualTo(1);
            String interrupted = place.getList("holders", String.class).get(0);
            assertThat(citizenStore.getCollection("appointments").countDocuments(new org.bson.Document("_id", interrupted)))
                    .as("by an appointment that was never stored").isZero();
            assertThat(citizenStore.getCollection("operations_under_way").countDocuments(new org.bson.Document("kind", "booking")))
                    .as("the booking recorded as under way").isEqualTo(1);
        }

        citizen.start();
        citizen.awaitHealthy(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> free(slot) == 2);
        assertThat(resident.post("/api/v1/appointments", booking).status()).as("the resident books the slot again").isEqualTo(201);
        assertThat(free(slot)).isEqualTo(1);
        assertThat(resident.get("/api/v1/appointments").json().size()).as("one appointment, the second booking's").isEqualTo(1);
    }

    /** Household registration at PA-02, 09:00 (UTC+8) on a weekday at least two days ahead, with both places free. */
    private static Instant freeSlot() {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate day = java.time.LocalDate.now(zone).plusDays(2);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        Instant nine = day.atTime(9, 0).atZone(zone).toInstant();
        assertThat(free(nine)).isEqualTo(2);
        return nine;
    }

    private static int free(Instant slot) {
        String date = java.time.LocalDate.ofInstant(slot, java.time.ZoneId.of("Asia/Shanghai")).toString();
        return new ApiClient(stack.gatewayUrl()).as(stack.devToken("RD-01"))
                .get("/api/v1/service-points/PA-02/slots?service=HOUSEHOLD_REGISTRATION&date=" + date).json().valueStream()
                .filter(s -> Instant.parse(s.get("start").asString()).equals(slot)).findFirst().orElseThrow().get("free").asInt();
    }

    @Test
    @Order(5)
    void every_consumer_group_read_again_from_offset_0_changes_no_figure_no_duty_and_notifies_nobody_twice() throws Exception {
        // a dispute whose triage finds a mass-incident risk: the site's patrol team gets one duty
        ApiClient worker = new ApiClient(stack.gatewayUrl()).as(stack.devToken("IV-0007"));
        ApiClient officer = new ApiClient(stack.gatewayUrl()).as(stack.devToken("CO-02"));
        ApiClient police = new ApiClient(stack.gatewayUrl()).as(stack.devToken("PO-01"));
        String disputeId = worker.post("/api/v1/disputes", Map.of("gridCellId", "GC-103", "category", "WAGE_ARREARS",
                "parties", List.of(Map.of("name", "Fault-suite contractor", "role", "contractor"),
                        Map.of("name", "Fault-suite workers", "role", "workers")),
                "description", "Workers block the east gate of the Riverside site.", "peopleInvolved", 40)).json().get("id").asString();
        long version = officer.get("/api/v1/disputes/" + disputeId).json().get("version").asLong();
        assertThat(officer.post("/api/v1/disputes/" + disputeId + "/triage", Map.of("version", version, "category", "WAGE_ARREARS",
                "startLayer", "SOURCE_RESOLUTION", "site", "Riverside site, east gate",
                "signals", Map.of("peopleInvolved", 40, "gateBlocked", true))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> police.get("/api/v1/duties?disputeId=" + disputeId).json().size() == 1);

        String phase = "every consumer group reset to offset 0, history read again";
        load.phase(phase);
        load.stopStarting();
        awaitComplete(load.flows(), System.nanoTime());

        Instant asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String kpis = "/api/v1/kpis?from=2026-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&asOf=" + asOf;
        String figuresBefore = police.get(kpis).body();
        String disputeBefore = officer.get("/api/v1/disputes/" + disputeId).body();
        String dutiesBefore = police.get("/api/v1/duties?disputeId=" + disputeId).body();
        int deliveriesBefore = deliveries(load.flows());

        long start = System.nanoTime();
        long lifted;
        CompletableFuture.allOf(SERVICES.stream().map(name -> stack.service(name).stopAsync(Duration.ofSeconds(20)))
                .toArray(CompletableFuture[]::new)).join();
        Map<String, Map<TopicPartition, Long>> reset;
        try (Admin admin = brokerAdmin()) {
            reset = resetToZero(admin);
            long records = reset.values().stream().flatMap(ends -> ends.values().stream()).mapToLong(Long::longValue).sum();
            System.out.printf("reset %d consumer groups to offset 0: %s; %d records to read again%n", reset.size(), reset.keySet(), records);
            SERVICES.forEach(name -> stack.service(name).start());
            SERVICES.forEach(name -> stack.service(name).awaitHealthy(Duration.ofMinutes(2)));
            lifted = System.nanoTime();
            await().atMost(RECOVERY_LIMIT).pollInterval(Duration.ofSeconds(1)).until(() -> caughtUp(admin, reset));
        }
        Duration recovered = Duration.ofNanos(System.nanoTime() - lifted);
        // caught up is not finished: a second notification of a record read again would come after it
        TimePassing.let(Duration.ofSeconds(5));

        List<Flow> history = load.flows();
        Row row = new Row("every consumer group set back to offset 0 (" + reset.size() + " groups)", Duration.ofNanos(lifted - start),
                history.size(), completed(history).size(),
                history.size() - completed(history).size(), duplicated(history), createdTwice(history, Set.of(disputeId)), recovered);
        table.add(row);
        System.out.println(Row.header() + System.lineSeparator() + row);

        assertThat(reset.keySet()).as("the services' groups").hasSizeGreaterThanOrEqualTo(SERVICES.size());
        assertThat(deliveries(history)).as("in-app deliveries, after reading everything again").isEqualTo(deliveriesBefore);
        assertThat(row.duplicated()).isZero();
        assertThat(police.get(kpis).body()).as("the KPIs at " + asOf).isEqualTo(figuresBefore);
        assertThat(officer.get("/api/v1/disputes/" + disputeId).body()).as("the dispute").isEqualTo(disputeBefore);
        assertThat(police.get("/api/v1/duties?disputeId=" + disputeId).body()).as("the site's duty").isEqualTo(dutiesBefore);
        try (Admin admin = brokerAdmin()) {
            assertThat(deadLetters(admin)).as("records dead-lettered during the whole suite: a passing failure is retried, never dead-lettered")
                    .isEmpty();
        }
    }

    /** The dead-letter topics that hold any record, with how many. */
    private static Map<String, Long> deadLetters(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : get(admin.listTopics().names())) {
            if (topic.endsWith(".dlt")) {
                get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
        }
        Map<String, Long> held = new HashMap<>();
        get(admin.listOffsets(latest).all()).forEach((partition, info) -> {
            if (info.offset() > 0) {
                held.merge(partition.topic(), info.offset(), Long::sum);
            }
        });
        return held;
    }

    /** Injects the fault, lifts it, and waits until every flow started so far has completed. */
    private static void fault(String name, Runnable inject, Runnable lift) {
        load.phase(name);
        System.out.println("fault: " + name);
        long injected = System.nanoTime();
        inject.run();
        lift.run();
        long lifted = System.nanoTime();
        Row row = recovered(name, Duration.ofNanos(lifted - injected), lifted);
        table.add(row);
        System.out.println(Row.header() + System.lineSeparator() + row);
        load.phase("after: " + name);
        // the load runs on its own between faults, so the next fault meets flows under way
        TimePassing.let(Duration.ofSeconds(5));
        assertThat(row.lost()).as("flows lost").isZero();
        assertThat(row.duplicated()).as("flows done twice").isZero();
        assertThat(row.createdTwice()).as("disputes or incidents created for no flow").isZero();
        assertThat(load.flows()).as("flows refused").allSatisfy(flow -> assertThat(flow.refusal).isNull());
    }

    private static Row recovered(String phase, Duration lasted, long liftedAt) {
        List<Flow> started = load.flows();
        boolean done = awaitComplete(started, liftedAt);
        Duration recovered = Duration.ofNanos(System.nanoTime() - liftedAt);
        List<Flow> ofPhase = started.stream().filter(flow -> flow.phase.equals(phase)).toList();
        int completed = completed(ofPhase).size();
        return new Row(phase, lasted, ofPhase.size(), completed, ofPhase.size() - completed, duplicated(ofPhase),
                createdTwice(load.flows(), Set.of()), done ? recovered : RECOVERY_LIMIT);
    }

    /** Waits until each of {@code flows} has completed, at most {@link #RECOVERY_LIMIT}; whether they all did. */
    private static boolean awaitComplete(List<Flow> flows, long since) {
        Duration left = Duration.ofNanos(Math.max(1_000_000, since + RECOVERY_LIMIT.toNanos() - System.nanoTime()));
        try {
            await().atMost(left).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> completed(flows).size() == flows.size());
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /** The flows whose in-app notification was delivered: the officer's for a report, the police's for an urgent alert. */
    private static List<Flow> completed(List<Flow> flows) {
        Map<String, List<FlowObserver.Delivery>> delivered = observer.inAppDeliveries(accepted(flows));
        return flows.stream().filter(flow -> flow.aggregateId != null)
                .filter(flow -> delivered.getOrDefault(flow.aggregateId, List.of()).stream()
                        .anyMatch(d -> flow.kind == Kind.REPORT || "PO-01".equals(d.recipientId())))
                .toList();
    }

    /** The flows someone was told of twice: more than one first-time in-app delivery to one person. */
    private static int duplicated(List<Flow> flows) {
        Map<String, List<FlowObserver.Delivery>> delivered = observer.inAppDeliveries(accepted(flows));
        return (int) flows.stream().filter(flow -> flow.aggregateId != null)
                .filter(flow -> delivered.getOrDefault(flow.aggregateId, List.of()).stream()
                        .collect(Collectors.groupingBy(FlowObserver.Delivery::recipientId, Collectors.counting()))
                        .values().stream().anyMatch(count -> count > 1))
                .count();
    }

    private static int deliveries(List<Flow> flows) {
        return observer.inAppDeliveries(accepted(flows)).values().stream().mapToInt(List::size).sum();
    }

    /**
     * Disputes and incidents reported on the topics that no client flow was answered with: what a
     * retry without its idempotency key would leave behind, created a second time.
     */
    private static int createdTwice(List<Flow> flows, Set<String> madeOtherwise) {
        Set<String> reported = new HashSet<>(observer.reportedAggregates());
        reported.removeAll(accepted(flows));
        reported.removeAll(madeOtherwise);
        return reported.size();
    }

    private static Set<String> accepted(List<Flow> flows) {
        return flows.stream().map(flow -> flow.aggregateId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * Sets every consumer group without members (the services are stopped) back to offset 0 on each
     * partition it had read; the end offset of each, to know when it has read everything again.
     */
    private static Map<String, Map<TopicPartition, Long>> resetToZero(Admin admin) throws Exception {
        Map<String, Map<TopicPartition, Long>> reset = new HashMap<>();
        for (GroupListing group : get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
            ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group.groupId())).all()).get(group.groupId());
            if (!description.members().isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata());
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
            committed.keySet().forEach(partition -> zero.put(partition, new OffsetAndMetadata(0)));
            get(admin.alterConsumerGroupOffsets(group.groupId(), zero).all());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            get(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
            reset.put(group.groupId(), ends);
        }
        return reset;
    }

    /** Whether each reset group has committed, on each partition, at least the end offset it had when reset. */
    private static boolean caughtUp(Admin admin, Map<String, Map<TopicPartition, Long>> reset) throws Exception {
        for (Map.Entry<String, Map<TopicPartition, Long>> group : reset.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata());
            for (Map.Entry<TopicPartition, Long> end : group.getValue().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                if (at == null || at.offset() < end.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(30, TimeUnit.SECONDS);
    }

    /** The broker's administrator (the stack's super user): the groups' offsets and every topic. */
    private static Admin brokerAdmin() {
        Map<String, Object> config = new HashMap<>(stack.kafkaClientProperties(BrokerAccess.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        return Admin.create(config);
    }
}
