package org.fengqiao.notification.notification.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.notification.NotificationServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** dispute.events in, the officer's inbox and notification.events out, over a real broker and store. */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisputeNotificationIT {

    private static final String DLT = Topics.deadLetterTopic(Topics.DISPUTE_EVENTS, "notification-service");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notification");
    }

    @LocalServerPort
    int port;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    private ApiClient api() {
        return ApiClient.localhost(port);
    }

    @Test
    void a_reported_dispute_reaches_the_inbox_of_its_grid_cells_community_officer() {
        DisputeReported reported = dispute("GC-203", "Forklift drivers unpaid since March.");
        String eventId = publish(reported, "flow-7");

        JsonNode notification = awaitInbox("CO-04", reported.disputeId());

        assertThat(notification.get("channel").asString()).isEqualTo("IN_APP");
        assertThat(notification.get("title").asString()).isEqualTo("New dispute in Willow logistics park (GC-203)");
        assertThat(notification.get("triggerEventId").asString()).isEqualTo(eventId);
        ConsumerRecord<String, byte[]> sent = topics.await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(20),
                r -> eventId.equals(TopicProbe.header(r, "ce_causationid")));
        assertThat(TopicProbe.header(sent, "ce_type")).isEqualTo("NotificationSent");
        assertThat(TopicProbe.header(sent, "ce_correlationid")).isEqualTo("flow-7");
        NotificationSent event = EventJson.read(sent.value(), EventCatalog.NOTIFICATION_SENT);
        assertThat(event.recipientId()).isEqualTo("CO-04");
        assertThat(event.notificationId()).isEqualTo(notification.get("id").asString());
    }

    @Test
    void the_same_event_delivered_twice_gives_one_notification() {
        DisputeReported reported = dispute("GC-101", "Neighbours quarrel over a parking space.");
        String eventId = UUID.randomUUID().toString();
        publish(reported, eventId, "flow-8");
        publish(reported, eventId, "flow-8");
        DisputeReported after = dispute("GC-101", "A later report, to know the duplicate was consumed.");
        topics.send(Topics.DISPUTE_EVENTS, reported.disputeId(), EventJson.write(after).getBytes(UTF_8),
                headers(UUID.randomUUID().toString(), "flow-9"));

        awaitInbox("CO-01", after.disputeId());

        assertThat(inbox("CO-01").stream().filter(n -> n.get("subjectId").asString().equals(reported.disputeId())))
                .hasSize(1);
    }

    @Test
    void a_dispute_in_a_grid_cell_no_one_is_responsible_for_goes_to_the_duty_desk() {
        DisputeReported reported = dispute("GC-999", "Report from a cell the directory does not know yet.");
        publish(reported, "flow-10");

        awaitInbox("station-duty-desk", reported.disputeId());
    }

    @Test
    void a_malformed_record_is_dead_lettered_and_the_next_report_is_still_notified() {
        String badId = UUID.randomUUID().toString();
        DisputeReported next = dispute("GC-302", "Report sent right after a broken one.");
        // same key, same partition: the good record queues right behind the broken one
        topics.send(Topics.DISPUTE_EVENTS, next.disputeId(), "{\"disputeId\":".getBytes(UTF_8), headers(badId, "flow-11"));
        publish(next, "flow-12");

        ConsumerRecord<String, byte[]> dead = topics.await(DLT, Duration.ofSeconds(30), r -> badId.equals(TopicProbe.header(r, "ce_id")));
        assertThat(TopicProbe.header(dead, "ce_correlationid")).isEqualTo("flow-11");
        awaitInbox("CO-05", next.disputeId());

        Response replayed = api().post("/api/v1/dead-letters/" + DLT + "/replay", "{}");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("replayed").asInt()).isPositive();
        assertThat(api().post("/api/v1/dead-letters/dispute.events/replay", "{}").json().get("field").asString()).isEqualTo("topic");
    }

    @Test
    void asking_for_an_inbox_without_a_recipient_is_refused_naming_the_parameter() {
        Response refused = api().get("/api/v1/notifications");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:fengqiao:problem:validation-failed");
        assertThat(refused.json().get("field").asString()).isEqualTo("recipient");
    }

    private JsonNode awaitInbox(String recipient, String disputeId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> inbox(recipient).stream().filter(n -> n.get("subjectId").asString().equals(disputeId)).findFirst().orElse(null),
                n -> n != null);
    }

    private List<JsonNode> inbox(String recipient) {
        Response response = api().get("/api/v1/notifications?recipient=" + recipient + "&size=200");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private String publish(DisputeReported event, String correlationId) {
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId, correlationId);
        return eventId;
    }

    private void publish(DisputeReported event, String eventId, String correlationId) {
        topics.send(Topics.DISPUTE_EVENTS, event.disputeId(), EventJson.write(event).getBytes(UTF_8), headers(eventId, correlationId));
    }

    private static String[] headers(String eventId, String correlationId) {
        return new String[] {"ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/dispute-service",
                "ce_type", "DisputeReported", "ce_time", Instant.now().toString(), "ce_subject", "x",
                "ce_correlationid", correlationId, "content-type", "application/json"};
    }

    private static DisputeReported dispute(String gridCellId, String description) {
        return new DisputeReported(UUID.randomUUID().toString(), gridCellId, DisputeCategory.NEIGHBOUR,
                List.of(new Party("Flat 5-1203", "neighbour")), description, 2,
                new Reporter("GW-0031", ReporterRole.GRID_WORKER), Instant.now());
    }
}
