package org.fengqiao.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fengqiao.console.consumers.ConsumerGroups;
import org.fengqiao.console.flow.FlowReader;
import org.fengqiao.console.flow.RecordSummary;
import org.fengqiao.console.platform.TopicRecords;
import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.Topics;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
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
    void a_report_and_the_notifications_it_triggered_are_found_by_the_dispute_the_flow_or_the_notification_in_time_order() throws Exception {
        String disputeId = UUID.randomUUID().toString();
        String flow = UUID.randomUUID().toString();
        String reportId = UUID.randomUUID().toString();
        Instant reportedAt = Instant.parse("2026-11-30T08:00:00Z");
        RecordMetadata report;
        RecordMetadata sent;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            report = send(producer, Topics.DISPUTE_EVENTS, disputeId, reportId, "DisputeReported", reportedAt, flow,
                    "{\"disputeId\":\"" + disputeId + "\",\"gridCellId\":\"GC-103\",\"category\":\"NEIGHBOUR\"}");
            sent = send(producer, Topics.NOTIFICATION_EVENTS, "n-" + disputeId, UUID.randomUUID().toString(), "NotificationSent",
                    reportedAt.plusMillis(250), null, "{\"notificationId\":\"n-" + disputeId + "\",\"recipientId\":\"CO-02\","
                            + "\"channel\":\"IN_APP\",\"triggerEventId\":\"" + reportId + "\"}");
        }

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

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, String topic, String key, String id, String type, Instant time,
                                       String correlationId, String payload) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "/test");
        header(record, "ce_subject", key);
        header(record, "ce_time", time.toString());
        if (correlationId != null) {
            header(record, EventEnvelope.HEADER_CORRELATION_ID, correlationId);
        }
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBrokers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }
}
