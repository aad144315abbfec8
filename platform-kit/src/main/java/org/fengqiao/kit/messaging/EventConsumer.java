package org.fengqiao.kit.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.InvalidEventException;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.kit.observability.CorrelationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The platform's way to consume a topic with Spring Cloud Stream: reads the CloudEvents headers,
 * decodes the payload into its record, and calls the handler registered for its type inside the
 * event's flow (its correlation id in every log line and in every event raised while handling).
 *
 * <ul>
 *   <li>a type in the contract but not handled here is skipped (counted as {@code ignored});</li>
 *   <li>missing headers, an unknown type, malformed JSON or a payload breaking the contract throw
 *       {@link EventRejectedException}: dead-lettered once, never retried;</li>
 *   <li>anything else a handler throws is treated as transient and retried with backoff by the
 *       binder, then dead-lettered.</li>
 * </ul>
 */
public final class EventConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final String name;
    private final Map<String, Route<?>> routes;
    private final MeterRegistry meters;

    private EventConsumer(String name, Map<String, Route<?>> routes, MeterRegistry meters) {
        this.name = name;
        this.routes = Map.copyOf(routes);
        this.meters = meters;
    }

    public static Builder named(String name, MeterRegistry meters) {
        return new Builder(name, meters);
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = String.valueOf(header(message.getHeaders(), EventEnvelope.HEADER_TYPE));
        try {
            EventEnvelope envelope = knownEnvelope(message.getHeaders());
            Route<?> route = routes.get(envelope.type());
            if (route == null) {
                count(type, "ignored");
                return;
            }
            CorrelationContext.run(envelope.correlationId(), envelope.id(), () -> {
                route.deliver(envelope, message.getPayload(), position(message.getHeaders()));
                log.debug("handled {} {}", envelope.type(), envelope.id());
            });
            count(type, "handled");
        } catch (EventRejectedException e) {
            count(type, "rejected");
            throw e;
        } catch (RuntimeException e) {
            count(type, "failed");
            throw e;
        }
    }

    private void count(String type, String outcome) {
        meters.counter("platform.events.consumed", "consumer", name, "type", type, "outcome", outcome).increment();
    }

    /** The record's CloudEvents attributes; poison when they are missing or name a type the contract does not have. */
    static EventEnvelope knownEnvelope(Map<String, Object> headers) {
        EventEnvelope envelope = envelope(headers);
        if (EventCatalog.byName(envelope.type()).isEmpty()) {
            throw new EventRejectedException("unknown event type '" + envelope.type() + "' (ce_id " + envelope.id() + ")");
        }
        return envelope;
    }

    /** The payload as its type's record; poison when it is not JSON or breaks the contract. */
    static <T extends PlatformEvent> T decoded(EventEnvelope envelope, byte[] payload, EventType<T> type) {
        try {
            return EventJson.read(payload, type);
        } catch (InvalidEventException e) {
            throw new EventRejectedException(type.name() + " " + envelope.id() + " breaks the contract: " + e.getMessage(), e);
        }
    }

    static EventEnvelope envelope(Map<String, Object> headers) {
        try {
            return new EventEnvelope(
                    header(headers, EventEnvelope.HEADER_ID),
                    header(headers, EventEnvelope.HEADER_SOURCE),
                    header(headers, EventEnvelope.HEADER_TYPE),
                    time(header(headers, EventEnvelope.HEADER_TIME)),
                    header(headers, EventEnvelope.HEADER_SUBJECT),
                    header(headers, EventEnvelope.HEADER_CORRELATION_ID),
                    header(headers, EventEnvelope.HEADER_CAUSATION_ID));
        } catch (InvalidEventException e) {
            throw new EventRejectedException("not a CloudEvents record: " + e.getMessage(), e);
        }
    }

    /** Where the binder read the record ({@code kafka_receivedTopic}, ...), or {@code null} when it does not say. */
    static RecordPosition position(Map<String, Object> headers) {
        Object topic = headers.get(KafkaHeaders.RECEIVED_TOPIC);
        Object partition = headers.get(KafkaHeaders.RECEIVED_PARTITION);
        Object offset = headers.get(KafkaHeaders.OFFSET);
        if (topic instanceof String name && partition instanceof Integer p && offset instanceof Long o) {
            return new RecordPosition(name, p, o);
        }
        return null;
    }

    static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new EventRejectedException("ce_time is not an RFC 3339 timestamp: " + value, e);
        }
    }

    static String header(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private record Route<T extends PlatformEvent>(EventType<T> type, EventHandler<T> handler) {

        void deliver(EventEnvelope envelope, byte[] payload, RecordPosition position) {
            handler.handle(new InboundEvent<>(envelope, decoded(envelope, payload, type), position));
        }
    }

    public static final class Builder {

        private final String name;
        private final MeterRegistry meters;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String name, MeterRegistry meters) {
            this.name = name;
            this.meters = meters;
        }

        public <T extends PlatformEvent> Builder on(EventType<T> type, EventHandler<T> handler) {
            routes.put(type.name(), new Route<>(type, handler));
            return this;
        }

        public EventConsumer build() {
            return new EventConsumer(name, routes, meters);
        }
    }
}
