package org.fengqiao.console.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fengqiao.console.config.ConsoleProperties;
import org.springframework.stereotype.Component;

/**
 * Records read straight from the broker, by position: one record at a topic, partition and offset
 * (the case index says where), or the latest records of a topic (a dead-letter topic). Each read
 * assigns the partitions it needs to a short-lived consumer without a group: it commits nothing
 * and moves nobody's offsets.
 */
@Component
public class TopicRecords {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final ConsoleProperties properties;
    private final Admin admin;

    public TopicRecords(ConsoleProperties properties, Admin admin) {
        this.properties = properties;
        this.admin = admin;
    }

    /** A record as the page shows it: its headers as text and its value as text. */
    public record ShownRecord(String topic, int partition, long offset, long timestamp, String key,
                              Map<String, String> headers, String value) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** The record at that position, if it is still on the topic. */
    public Optional<ShownRecord> at(String topic, int partition, long offset) {
        TopicPartition where = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(where));
            consumer.seek(where, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(shown(record));
                    }
                    if (record.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The topics whose names end in {@code suffix}, sorted. */
    public List<String> topicsEndingIn(String suffix) {
        try {
            Set<String> names = admin.listTopics().names().get(10, java.util.concurrent.TimeUnit.SECONDS);
            return names.stream().filter(name -> name.endsWith(suffix)).sorted().toList();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The broker did not list its topics: " + (e.getCause() == null ? e : e.getCause()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing the topics", e);
        }
    }

    /** The topic's latest records, at most {@code limit} of them over all partitions, newest first, and how many it holds. */
    public Latest latest(String topic, int limit) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            long held = partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
            consumer.assign(partitions);
            Map<TopicPartition, Long> remaining = new LinkedHashMap<>();
            for (TopicPartition partition : partitions) {
                long from = Math.max(starts.get(partition), ends.get(partition) - limit);
                consumer.seek(partition, from);
                if (ends.get(partition) > from) {
                    remaining.put(partition, ends.get(partition));
                }
            }
            List<ShownRecord> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(shown(record));
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() + 1 >= remaining.getOrDefault(partition, Long.MAX_VALUE)) {
                        remaining.remove(partition);
                    }
                }
            }
            List<ShownRecord> newest = records.stream()
                    .sorted(Comparator.comparingLong(ShownRecord::timestamp).reversed()).limit(limit).toList();
            Map<Integer, Long> startsByPartition = new java.util.TreeMap<>();
            Map<Integer, Long> endsByPartition = new java.util.TreeMap<>();
            starts.forEach((partition, offset) -> startsByPartition.put(partition.partition(), offset));
            ends.forEach((partition, offset) -> endsByPartition.put(partition.partition(), offset));
            return new Latest(topic, held, newest, startsByPartition, endsByPartition);
        }
    }

    /** A topic's latest records, how many records it holds in all, and where each partition starts and ends. */
    public record Latest(String topic, long held, List<ShownRecord> records, Map<Integer, Long> starts, Map<Integer, Long> ends) {
    }

    private static ShownRecord shown(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : text(header.value()));
        }
        return new ShownRecord(record.topic(), record.partition(), record.offset(), record.timestamp(), record.key(), headers,
                record.value() == null ? "" : text(record.value()));
    }

    /** Text as UTF-8; bytes that are not text (a binary header) as their count. */
    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
        return printable ? text : "(" + bytes.length + " bytes)";
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.putAll(properties.kafkaClient());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ops-console-reader");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
