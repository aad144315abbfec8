package org.fengqiao.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.fengqiao.console.consumers.ConsumerGroups;
import org.fengqiao.console.flow.FlowReader;
import org.fengqiao.console.flow.RecordSummary;
import org.fengqiao.console.platform.TopicRecords;
import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.Topics;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The case index over a real broker and a real MongoDB-wire store: the console reads the topics as
 * any subscriber would, files every record under its keys, and finds a whole flow by one of them,
 * by key, with the records it triggered on other topics.
 */
@SpringBootTest
class CaseIndexIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("console.kafka-brokers", EmbeddedInfrastructure::kafkaBrokers);
        registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.mongoUri("ops_console"));
    }

    @Autowired
    CaseIndex index;
    @Autowired
    FlowReader reader;
    @Autowired
    TopicRecords records;
    @Autowired
    ConsumerGroups groups;

    @Test
    void a_report_and_the_notifications_it_triggered_are_found_by_the_dispute_the_flow_or_the_notification_in_time_order() {
        String disputeId = UUID.randomUUID().toString();
        String flow = UUID.randomUUID().toString();
        String reportId = UUID.randomUUID().toString();
        Instant reportedAt = Instant.parse("2026-11-30T08:00:00Z");
        RecordMetadata report = send(Topics.DISPUTE_EVENTS, disputeId, reportId, "DisputeReported", reportedAt, flow,
                "{\"disputeId\":\"" + disputeId + "\",\"gridCellId\":\"GC-103\",\"category\":\"NEIGHBOUR\"}");
        RecordMetadata sent = send(Topics.NOTIFICATION_EVENTS, "n-" + disputeId, UUID.randomUUID().toString(), "NotificationSent",
                reportedAt.plusMillis(250), "flow-of-n-" + disputeId, "{\"notificationId\":\"n-" + disputeId + "\",\"recipientId\":\"CO-02\","
                        + "\"channel\":\"IN_APP\",\"triggerEventId\":\"" + reportId + "\"}");

        List<RecordSummary> byDispute = await().atMost(Duration.ofSeconds(30)).until(() -> index.find(disputeId), found -> found.size() == 2);
        assertThat(byDispute).extracting(RecordSummary::type, RecordSummary::topic, RecordSummary::offset).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DisputeReported", Topics.DISPUTE_EVENTS, report.offset()),
                org.assertj.core.groups.Tuple.tuple("NotificationSent", Topics.NOTIFICATION_EVENTS, sent.offset()));
        assertThat(byDispute.get(1).details()).containsEntry("recipientId", "CO-02");
        assertThat(index.find(flow)).extracting(RecordSummary::type).containsExactly("DisputeReported", "NotificationSent");
        assertThat(index.find("n-" + disputeId)).extracting(RecordSummary::type).containsExactly("NotificationSent");
        assertThat(index.find(UUID.randomUUID().toString())).isEmpty();

        // where the index says the record lies, the broker has it
        TopicRecords.ShownRecord shown = records.at(Topics.DISPUTE_EVENTS, report.partition(), report.offset()).orElseThrow();
        assertThat(shown.header("ce_id")).isEqualTo(reportId);
        assertThat(shown.value()).contains(disputeId);

        // read again from the start of every topic, the index is the same: each record once
        reader.rebuild();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(index.find(disputeId)).isEqualTo(byDispute));

        // the console's own group is among the broker's groups, and catches up
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(groups.groups())
                .filteredOn(group -> group.id().equals(FlowReader.GROUP)).singleElement()
                .satisfies(group -> assertThat(group.lag()).isZero()));
    }

    private static RecordMetadata send(String topic, String key, String id, String type, Instant time, String correlationId,
                                       String payload) {
        return new TopicProbe(EmbeddedInfrastructure.kafkaBrokers()).send(topic, key, payload.getBytes(StandardCharsets.UTF_8),
                EventEnvelope.HEADER_ID, id, EventEnvelope.HEADER_TYPE, type, EventEnvelope.HEADER_SOURCE, "/test",
                EventEnvelope.HEADER_SUBJECT, key, EventEnvelope.HEADER_TIME, time.toString(), EventEnvelope.HEADER_CORRELATION_ID, correlationId);
    }
}
