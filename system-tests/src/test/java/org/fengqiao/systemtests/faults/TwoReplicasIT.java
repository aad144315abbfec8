package org.fengqiao.systemtests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.notification.NotificationDelivered;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.systemtests.StackLogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of each of the four services on one stack, each replica with its own timers,
 * relay and sweeps: what one replica does, the other must not do again. Reports are made on both
 * dispute-service replicas, an urgent alert on the second patrol-service replica; deadlines fall
 * due within seconds and the daily digest runs every five seconds on both notification-service
 * replicas. Part of the fault suite ({@code -Pfaults}).
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final List<String> SERVICES = List.of("dispute-service", "patrol-service", "citizen-service", "notification-service");

    @TempDir
    static Path dataDir;

    static LocalStack stack;

    @BeforeAll
    static void startTwoOfEach() {
        LocalStack.Builder builder = LocalStack.builder().dataDir(dataDir).freePorts().events(System.out::println)
                .services(List.of("identity", "gateway", "dispute-service", "patrol-service", "citizen-service", "notification-service"))
                // a LOW-risk dispute at source resolution has 40 s, announced 30 s before
                .serviceEnvironment("dispute-service", "SPRING_APPLICATION_JSON", """
                        {"dispute":{"deadlines":{"layers":{"SOURCE_RESOLUTION":"PT40S"},"approaching-before":"PT30S","check-interval":"PT2S"}}}""")
                .serviceEnvironment("notification-service", "NOTIFICATION_REPEAT_URGENT", "PT3S")
                .serviceEnvironment("notification-service", "NOTIFICATION_ALERTS_CHECK_INTERVAL", "PT0.5S")
                .serviceEnvironment("notification-service", "NOTIFICATION_DIGEST_CRON", "*/5 * * * * *");
        SERVICES.forEach(service -> builder.instances(service, 2));
        stack = builder.start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
            StackLogs.keep(stack, "TwoReplicasIT");
        }
    }

    private static ApiClient on(String instance, String person) {
        return new ApiClient(stack.service(instance).baseUrl()).as(stack.devToken(person));
    }

    @Test
    @Order(1)
    void reports_made_on_both_dispute_service_replicas_reach_the_officer_once_in_app_and_once_by_e_mail() {
        List<String> disputes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String replica = i % 2 == 0 ? "dispute-service" : "dispute-service-2";
            Response created = on(replica, "IV-0007").post("/api/v1/disputes", report("GC-304", "Two replicas, report " + i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            disputes.add(created.json().get("id").asString());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> inbox("CO-06").stream().map(n -> n.get("subjectId").asString()).collect(Collectors.toSet()).containsAll(disputes));

        Map<String, Map<String, Long>> perDispute = inbox("CO-06").stream().collect(Collectors.groupingBy(
                n -> n.get("subjectId").asString(), Collectors.groupingBy(n -> n.get("channel").asString(), Collectors.counting())));
        assertThat(disputes).allSatisfy(id -> assertThat(perDispute.get(id)).as(id).isEqualTo(Map.of("IN_APP", 1L, "EMAIL", 1L)));
    }

    @Test
    @Order(2)
    void an_urgent_alert_repeats_once_per_period_with_both_notification_service_replicas_watching() {
        Response incident = on("patrol-service-2", "PT-20-M02").post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-142",
                "category", "THEFT", "urgent", true, "place", "Tower 7, east face", "description", "Two replicas: someone on the tower."));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        String incidentId = incident.json().get("id").asString();
        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER));
        String triggerId = TopicProbe.header(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(30),
                r -> incidentId.equals(r.key()) && "IncidentReported".equals(TopicProbe.header(r, "ce_type"))), "ce_id");

        // repeats every 3 s until acknowledged: let four periods pass, each watched by both replicas
        TimePassing.let(Duration.ofSeconds(12));
        List<ConsumerRecord<String, byte[]>> records = topics.readFor(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(4));
        Set<String> toPolice = records.stream().filter(r -> "NotificationSent".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), EventCatalog.NOTIFICATION_SENT))
                .filter(sent -> triggerId.equals(sent.triggerEventId()) && "PO-01".equals(sent.recipientId()) && sent.channel() == Channel.IN_APP)
                .map(NotificationSent::notificationId).collect(Collectors.toSet());
        assertThat(toPolice).as("one in-app notification for the police").hasSize(1);
        Map<Integer, Long> byRepeat = records.stream().filter(r -> "NotificationDelivered".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), EventCatalog.NOTIFICATION_DELIVERED))
                .filter(delivered -> toPolice.contains(delivered.notificationId()))
                .collect(Collectors.groupingBy(NotificationDelivered::repeat, Collectors.counting()));
        System.out.println("deliveries of the alert to the police by repeat: " + byRepeat);
        assertThat(byRepeat.keySet()).as("repeated while nobody acknowledged").contains(0, 1, 2);
        assertThat(byRepeat.values()).as("each repeat delivered once").allMatch(count -> count == 1L);
    }

    @Test
    @Order(3)
    void a_deadline_is_announced_and_passed_once_and_the_daily_digest_goes_out_once_with_both_replicas_watching() {
        Response prefs = on("notification-service-2", "CO-02").put("/api/v1/recipients/CO-02/preferences", Map.of("digest", true));
        assertThat(prefs.status()).as(prefs.body()).isEqualTo(200);
        String disputeId = on("dispute-service-2", "IV-0007").post("/api/v1/disputes", report("GC-103", "Two replicas: a fence dispute"))
                .json().get("id").asString();
        step(disputeId, "CO-02", "/triage", Map.of("category", "NEIGHBOUR", "startLayer", "SOURCE_RESOLUTION", "signals", Map.of()));
        // at source resolution the community officer settles it herself
        step(disputeId, "CO-02", "/assignment", Map.of("assigneeId", "CO-02"));
        // another one, settled at once: its resolution waits for CO-02's digest
        String settled = on("dispute-service", "IV-0007").post("/api/v1/disputes", report("GC-103", "Two replicas: a hedge dispute"))
                .json().get("id").asString();
        step(settled, "CO-02", "/triage", Map.of("category", "NEIGHBOUR", "startLayer", "SOURCE_RESOLUTION", "signals", Map.of()));
        step(settled, "CO-02", "/assignment", Map.of("assigneeId", "CO-02"));
        step(settled, "CO-02", "/mediation-sessions", Map.of("participants", List.of("east neighbour", "west neighbour"),
                "outcome", "AGREEMENT", "summary", "The hedge is cut back to 1.5 m."));
        step(settled, "CO-02", "/resolution", Map.of("agreement", "The hedge is cut back to 1.5 m."));

        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER));
        topics.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(70),
                r -> disputeId.equals(r.key()) && "DisputeDeadlinePassed".equals(TopicProbe.header(r, "ce_type")));
        // the digest runs every 5 s on each replica, and the deadline watchers every 2 s: several runs of each on both
        TimePassing.let(Duration.ofSeconds(20));

        Map<String, Long> deadlineEvents = topics.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(4)).stream()
                .filter(r -> disputeId.equals(r.key())).map(r -> TopicProbe.header(r, "ce_type"))
                .filter(type -> type.startsWith("DisputeDeadline")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(deadlineEvents).isEqualTo(Map.of("DisputeDeadlineApproaching", 1L, "DisputeDeadlinePassed", 1L));
        Map<Channel, Long> digests = topics.readFor(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(4)).stream()
                .filter(r -> "NotificationSent".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), EventCatalog.NOTIFICATION_SENT))
                .filter(sent -> "Digest".equals(sent.triggerEventType()) && "CO-02".equals(sent.recipientId()))
                .collect(Collectors.groupingBy(NotificationSent::channel, Collectors.counting()));
        assertThat(digests).as("CO-02's digests today, by channel").containsEntry(Channel.EMAIL, 1L).allSatisfy((channel, count) ->
                assertThat(count).as(channel.name()).isEqualTo(1L));
    }

    @Test
    @Order(4)
    void no_event_was_published_twice_by_the_two_relays_of_a_service() {
        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER));
        Map<String, Integer> published = new HashMap<>();
        for (String topic : List.of(Topics.DISPUTE_EVENTS, Topics.PATROL_EVENTS, Topics.CITIZEN_EVENTS, Topics.NOTIFICATION_EVENTS)) {
            List<ConsumerRecord<String, byte[]>> records = topics.readFor(topic, Duration.ofSeconds(4));
            Map<String, Long> byId = records.stream().collect(Collectors.groupingBy(r -> TopicProbe.header(r, "ce_id"), Collectors.counting()));
            published.put(topic, records.size());
            assertThat(byId).as(topic + ": records with the same ce_id").allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        }
        System.out.println("records published, each once: " + published);
        assertThat(published.get(Topics.DISPUTE_EVENTS)).isGreaterThanOrEqualTo(40);
    }

    private static void step(String disputeId, String person, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", on("dispute-service", person).get("/api/v1/disputes/" + disputeId).json().get("version").asLong());
        Response response = on("dispute-service", person).post("/api/v1/disputes/" + disputeId + path, withVersion);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static List<tools.jackson.databind.JsonNode> inbox(String recipient) {
        Response response = on("notification-service", recipient).get("/api/v1/notifications?recipient=" + recipient + "&size=200");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private static Map<String, Object> report(String gridCellId, String description) {
        return Map.of("gridCellId", gridCellId, "category", "NEIGHBOUR", "description", description, "peopleInvolved", 2,
                "parties", List.of(Map.of("name", "East neighbour", "role", "neighbour"), Map.of("name", "West neighbour", "role", "neighbour")));
    }
}
