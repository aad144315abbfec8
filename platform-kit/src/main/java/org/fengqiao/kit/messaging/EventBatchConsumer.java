package org.fengqiao.kit.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.EventType;
import org.fengqiao.events.PlatformEvent;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * {@link EventConsumer}'s way for a binding in batch mode ({@code consumer.batch-mode: true}, and
 * {@code consumer.use-native-decoding: true}: the records as read, which the content-type conversion
 * would otherwise turn into an empty list): the
 * records of one poll are read as {@link EventConsumer} reads one, and handed to the handler
 * together, so that it can write what they change in a few writes instead of a few per record.
 * What is done with a record that cannot be handled is what {@link ConsumerFailures} does with one
 * record, told which record it was:
 * <ul>
 *   <li>a record that is poison ({@link EventRejectedException}) is named to the error handler
 *       after the records before it were handled: those are committed, it is dead-lettered at
 *       once, and the records after it come again in the next poll;</li>
 *   <li>when the handler fails (the store away, anything else), the first record it was given is
 *       named, so the whole part is read again and handed over again, after the back-off that
 *       failure gets. The handler must therefore be idempotent for all the events of a part, as
 *       for one.</li>
 * </ul>
 * A type in the contract but not handled here is skipped, counted as {@code ignored}.
 */
public final class EventBatchConsumer implements Consumer<Message<List<byte[]>>> {

    /** Handles the events of one poll, in the order they were read (per partition, the topic's order). */
    @FunctionalInterface
    public interface BatchHandler {
        void handleAll(List<InboundEvent<? extends PlatformEvent>> events);
    }

    private final String name;
    private final Map<String, EventType<? extends PlatformEvent>> types;
    private final BatchHandler handler;
    private final MeterRegistry meters;

    private EventBatchConsumer(String name, Map<String, EventType<? extends PlatformEvent>> types, BatchHandler handler,
                               MeterRegistry meters) {
        this.name = name;
        this.types = Map.copyOf(types);
        this.handler = handler;
        this.meters = meters;
    }

    /** A consumer of the given types; the others of the contract are skipped. */
    public static EventBatchConsumer of(String name, List<? extends EventType<?>> handled, BatchHandler handler,
                                        MeterRegistry meters) {
        Map<String, EventType<? extends PlatformEvent>> types = new LinkedHashMap<>();
        handled.forEach(type -> types.put(type.name(), type));
        return new EventBatchConsumer(name, types, handler, meters);
    }

    /**
     * Refuses a binding that would hand this consumer nothing to handle: without batch mode the
     * binding cannot call it, and without native decoding the content-type conversion hands it an
     * empty list for every poll, whose records would then be committed unhandled.
     */
    public static void checkBinding(String binding, ConsumerProperties consumer) {
        if (!consumer.isBatchMode() || !consumer.isUseNativeDecoding()) {
            throw new IllegalStateException("binding " + binding + " feeds an EventBatchConsumer and needs "
                    + "spring.cloud.stream.bindings." + binding + ".consumer.batch-mode=true and .use-native-decoding=true "
                    + "(batch-mode " + consumer.isBatchMode() + ", use-native-decoding " + consumer.isUseNativeDecoding() + ")");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<Map<String, Object>> headers = (List<Map<String, Object>>) batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<Object> topics = listed(batch, KafkaHeaders.RECEIVED_TOPIC);
        List<Object> partitions = listed(batch, KafkaHeaders.RECEIVED_PARTITION);
        List<Object> offsets = listed(batch, KafkaHeaders.OFFSET);
        List<InboundEvent<? extends PlatformEvent>> read = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> recordHeaders = headers == null || headers.size() <= i ? Map.of() : headers.get(i);
            String type = String.valueOf(EventConsumer.header(recordHeaders, EventEnvelope.HEADER_TYPE));
            try {
                InboundEvent<? extends PlatformEvent> event = read(recordHeaders, payloads.get(i), position(topics, partitions, offsets, i));
                if (event == null) {
                    count(type, "ignored", 1);
                } else {
                    read.add(event);
                }
            } catch (EventRejectedException e) {
                handle(read);
                count(type, "rejected", 1);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        handle(read);
    }

    /**
     * One record, as a binding not in batch mode hands it over: how a dead letter of this
     * consumer is replayed into it ({@link DeadLetterReplay}). Failures are thrown as they are.
     */
    public void acceptOne(Message<byte[]> record) {
        Map<String, Object> headers = record.getHeaders();
        String type = String.valueOf(EventConsumer.header(headers, EventEnvelope.HEADER_TYPE));
        InboundEvent<? extends PlatformEvent> event;
        try {
            event = read(headers, record.getPayload(), EventConsumer.position(headers));
        } catch (EventRejectedException e) {
            count(type, "rejected", 1);
            throw e;
        }
        if (event == null) {
            count(type, "ignored", 1);
            return;
        }
        try {
            handler.handleAll(List.of(event));
        } catch (RuntimeException e) {
            count(type, "failed", 1);
            throw e;
        }
        count(type, "handled", 1);
    }

    private void handle(List<InboundEvent<? extends PlatformEvent>> read) {
        if (read.isEmpty()) {
            return;
        }
        try {
            handler.handleAll(List.copyOf(read));
        } catch (RuntimeException e) {
            count(read, "failed");
            // the first of them: the error handler commits what came before, and reads them all again
            throw new BatchListenerFailedException("handling " + read.size() + " event(s) failed: " + e.getMessage(), e, 0);
        }
        count(read, "handled");
    }

    private InboundEvent<? extends PlatformEvent> read(Map<String, Object> headers, byte[] payload, RecordPosition position) {
        EventEnvelope envelope = EventConsumer.knownEnvelope(headers);
        EventType<? extends PlatformEvent> type = types.get(envelope.type());
        return type == null ? null : inbound(envelope, payload, position, type);
    }

    private static <T extends PlatformEvent> InboundEvent<T> inbound(EventEnvelope envelope, byte[] payload, RecordPosition position,
                                                                     EventType<T> type) {
        return new InboundEvent<>(envelope, EventConsumer.decoded(envelope, payload, type), position);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listed(Message<?> batch, String header) {
        Object value = batch.getHeaders().get(header);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private static RecordPosition position(List<Object> topics, List<Object> partitions, List<Object> offsets, int i) {
        if (i < topics.size() && i < partitions.size() && i < offsets.size()
                && topics.get(i) instanceof String topic && partitions.get(i) instanceof Integer partition
                && offsets.get(i) instanceof Long offset) {
            return new RecordPosition(topic, partition, offset);
        }
        return null;
    }

    private void count(List<InboundEvent<? extends PlatformEvent>> events, String outcome) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        events.forEach(event -> byType.merge(event.envelope().type(), 1, Integer::sum));
        byType.forEach((type, n) -> count(type, outcome, n));
    }

    private void count(String type, String outcome, int n) {
        meters.counter("platform.events.consumed", "consumer", name, "type", type, "outcome", outcome).increment(n);
    }
}
