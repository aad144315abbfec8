package org.fengqiao.kit.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.format.DateTimeFormatter;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventEnvelope;

/** Turns a pending event into a Kafka record in CloudEvents 1.0 binary mode. */
public final class CloudEventRecords {

    public static ProducerRecord<String, byte[]> toRecord(PendingEvent event, String source) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.payload().getBytes(UTF_8));
        Headers headers = record.headers();
        put(headers, EventEnvelope.HEADER_SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        put(headers, EventEnvelope.HEADER_ID, event.eventId());
        put(headers, EventEnvelope.HEADER_SOURCE, source);
        put(headers, EventEnvelope.HEADER_TYPE, event.type());
        put(headers, EventEnvelope.HEADER_TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        put(headers, EventEnvelope.HEADER_SUBJECT, event.key());
        put(headers, EventEnvelope.HEADER_CONTENT_TYPE, EventEnvelope.CONTENT_TYPE);
        put(headers, EventEnvelope.HEADER_CORRELATION_ID, event.correlationId());
        put(headers, EventEnvelope.HEADER_CAUSATION_ID, event.causationId());
        if (event.trace() != null) {
            // the trace the event was raised in: the consumer's span continues it
            event.trace().forEach((name, value) -> put(headers, name, value));
        }
        EventCatalog.byName(event.type())
                .ifPresent(type -> put(headers, EventEnvelope.HEADER_DATA_SCHEMA, type.dataSchema().toString()));
        return record;
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(UTF_8));
        }
    }

    private CloudEventRecords() {
    }
}
