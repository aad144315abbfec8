package org.fengqiao.console.flow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.fengqiao.events.EventEnvelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record of a topic as the console shows and indexes it: where it is (topic, partition,
 * offset), its CloudEvents headers, the flow it belongs to (the {@code correlationid} extension,
 * the trace of its {@code traceparent}) and the references in its payload that name a case.
 *
 * @param time       {@code ce_time}, else the record's own timestamp
 * @param references the payload's case references, field name → value (see {@link #REFERENCE_FIELDS})
 * @param details    a few payload fields that say what happened (see {@link #DETAIL_FIELDS}); not keys
 */
public record RecordSummary(String topic, int partition, long offset, String key, String type, String id, Instant time,
                            String source, String subject, String correlationId, String traceId, Map<String, String> references,
                            Map<String, String> details) {

    /**
     * The payload fields that name a case someone would look for: a dispute, an incident, a home
     * visit, an appointment, a lost item, a service request, a notification, a citizen's reference.
     * People's ids (officers, recipients) are not among them: a person is in thousands of flows.
     */
    public static final java.util.List<String> REFERENCE_FIELDS = java.util.List.of("disputeId", "incidentId", "homeVisitId",
            "appointmentId", "itemId", "lostItemId", "requestId", "serviceRequestId", "notificationId", "citizenRef", "ownerRef",
            "triggerEventId", "shiftId", "dutyId");

    /** What the case and alerts pages show of a record beside its type: who was told, on which channel, at which layer. */
    public static final java.util.List<String> DETAIL_FIELDS = java.util.List.of("recipientId", "channel", "layer", "toLayer",
            "riskLevel", "gridCellId", "category", "acknowledgedBy");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static RecordSummary of(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String ceTime = header(headers, EventEnvelope.HEADER_TIME);
        Instant time = Instant.ofEpochMilli(record.timestamp());
        if (ceTime != null) {
            try {
                time = Instant.parse(ceTime);
            } catch (DateTimeParseException e) {
                // a record with an unreadable time is still shown, at the time the broker took it
            }
        }
        return new RecordSummary(record.topic(), record.partition(), record.offset(), record.key(),
                orElse(header(headers, EventEnvelope.HEADER_TYPE), "(no type)"), header(headers, EventEnvelope.HEADER_ID), time, header(headers, EventEnvelope.HEADER_SOURCE),
                header(headers, EventEnvelope.HEADER_SUBJECT), header(headers, EventEnvelope.HEADER_CORRELATION_ID), traceId(header(headers, "traceparent")),
                fields(record.value(), REFERENCE_FIELDS), fields(record.value(), DETAIL_FIELDS));
    }

    /** The header's value as text, or null when absent. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length >= 3 && parts[1].length() == 32 ? parts[1] : null;
    }

    /** The payload's text fields of those names that are there and not blank. */
    private static Map<String, String> fields(byte[] value, java.util.List<String> names) {
        Map<String, String> found = new LinkedHashMap<>();
        if (value == null || value.length == 0) {
            return found;
        }
        try {
            JsonNode payload = JSON.readTree(value);
            for (String field : names) {
                JsonNode node = payload.get(field);
                if (node != null && node.isString() && !node.asString().isBlank()) {
                    found.put(field, node.asString());
                }
            }
        } catch (RuntimeException e) {
            // not JSON (a dead letter may be anything): nothing found, the record is still shown
        }
        return found;
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** Whether it lies on a dead-letter topic. */
    public boolean deadLetter() {
        return topic.endsWith(".dlt");
    }

    /** The keys a case can be found by: the correlation id, the subject and the references. */
    public java.util.Set<String> caseKeys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        if (correlationId != null && !correlationId.isBlank()) {
            keys.add(correlationId);
        }
        if (subject != null && !subject.isBlank()) {
            keys.add(subject);
        }
        keys.addAll(references.values());
        return keys;
    }
}
