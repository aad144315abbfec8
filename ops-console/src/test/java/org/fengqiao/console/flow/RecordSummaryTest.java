package org.fengqiao.console.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RecordSummaryTest {

    private static ConsumerRecord<String, byte[]> record(String topic, String payload, String... headers) {
        RecordHeaders all = new RecordHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            all.add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(topic, 2, 17L, 1_700_000_000_000L, TimestampType.CREATE_TIME, -1, -1, "key-1",
                payload.getBytes(StandardCharsets.UTF_8), all, Optional.empty());
    }

    @Test
    void a_record_is_shown_by_its_cloudevents_headers_its_flow_its_trace_and_the_cases_its_payload_names() {
        RecordSummary summary = RecordSummary.of(record("notification.events",
                "{\"notificationId\":\"n-1\",\"recipientId\":\"CO-02\",\"channel\":\"IN_APP\",\"triggerEventId\":\"e-9\",\"sentAt\":\"x\"}",
                "ce_id", "e-10", "ce_type", "NotificationSent", "ce_source", "/notification-service", "ce_subject", "n-1",
                "ce_time", "2026-11-30T01:30:33.391Z", "ce_correlationid", "flow-1",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        assertThat(summary.topic()).isEqualTo("notification.events");
        assertThat(summary.partition()).isEqualTo(2);
        assertThat(summary.offset()).isEqualTo(17L);
        assertThat(summary.type()).isEqualTo("NotificationSent");
        assertThat(summary.time()).isEqualTo(Instant.parse("2026-11-30T01:30:33.391Z"));
        assertThat(summary.correlationId()).isEqualTo("flow-1");
        assertThat(summary.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(summary.references()).containsExactly(java.util.Map.entry("notificationId", "n-1"), java.util.Map.entry("triggerEventId", "e-9"));
        assertThat(summary.details()).containsEntry("recipientId", "CO-02").containsEntry("channel", "IN_APP");
        // found by its flow, its aggregate and the event that triggered it; not by the person told
        assertThat(summary.caseKeys()).containsExactly("flow-1", "n-1", "e-9");
        assertThat(summary.deadLetter()).isFalse();
    }

    @Test
    void a_record_that_is_not_an_event_is_still_shown_at_the_time_the_broker_took_it() {
        RecordSummary summary = RecordSummary.of(record("dispute.events.notification-service.dlt", "not json {", "ce_time", "yesterday"));

        assertThat(summary.type()).isEqualTo("(no type)");
        assertThat(summary.time()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(summary.references()).isEmpty();
        assertThat(summary.caseKeys()).isEmpty();
        assertThat(summary.deadLetter()).isTrue();
    }

    @Test
    void only_a_w3c_traceparent_names_a_trace() {
        assertThat(RecordSummary.traceId("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(RecordSummary.traceId("garbage")).isNull();
        assertThat(RecordSummary.traceId(null)).isNull();
    }
}
