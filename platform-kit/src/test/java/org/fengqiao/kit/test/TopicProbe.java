package org.fengqiao.kit.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.PlatformEvent;

/**
 * Reads and writes topics the way an outside subscriber would: a plain Kafka client, its own
 * consumer group (named {@code subscriber-probe-...}, as the read-only login's groups must be),
 * from the beginning of the topic.
 */
public final class TopicProbe {

    private final String brokers;
    private final Map<String, Object> login;

    /** A probe of a broker open to any client (the integration tests' embedded broker). */
    public TopicProbe(String brokers) {
        this(brokers, Map.of());
    }

    /** A probe that signs in with {@code login} (e.g. the local stack's {@code kafkaClientProperties(principal)}). */
    public TopicProbe(String brokers, Map<String, Object> login) {
        this.brokers = brokers;
        this.login = Map.copyOf(login);
    }

    /** Waits (polling, up to {@code timeout}) for a record on {@code topic} matching {@code match}. */
    public ConsumerRecord<String, byte[]> await(String topic, Duration timeout, Predicate<ConsumerRecord<String, byte[]>> match) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        return record;
                    }
                    seen.add(header(record, "ce_type") + "/" + record.key());
                }
            }
            throw new AssertionError("no matching record on " + topic + " within " + timeout + "; saw " + seen);
        }
    }

    /** Every record on {@code topic} that arrives within {@code window}. */
    public List<ConsumerRecord<String, byte[]>> readFor(String topic, Duration window) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Sends one raw record, headers given as name/value pairs; where the broker put it. */
    public RecordMetadata send(String topic, String key, byte[] value, String... headers) {
        return send(topic, null, key, value, headers);
    }

    /** Sends one raw record to a given partition (null: chosen by key); where the broker put it. */
    public RecordMetadata send(String topic, Integer partition, String key, byte[] value, String... headers) {
        Map<String, Object> config = new java.util.HashMap<>(login);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                record.headers().add(headers[i], headers[i + 1].getBytes(UTF_8));
            }
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * Publishes an event as its producer would: on its type's topic, keyed by its aggregate id,
     * with the CloudEvents headers.
     */
    public void publish(PlatformEvent event, String eventId, String source, String correlationId) {
        publish(event, eventId, source, correlationId, java.time.Instant.now());
    }

    /** As {@link #publish(PlatformEvent, String, String, String)}, with the given {@code ce_time}. */
    public void publish(PlatformEvent event, String eventId, String source, String correlationId, java.time.Instant time) {
        EventType<PlatformEvent> type = EventCatalog.of(event);
        send(type.topic(), event.aggregateId(), EventJson.write(event).getBytes(UTF_8),
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", source, "ce_type", type.name(),
                "ce_time", time.toString(), "ce_subject", event.aggregateId(),
                "ce_correlationid", correlationId, "content-type", "application/json");
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new java.util.HashMap<>(login);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "subscriber-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
