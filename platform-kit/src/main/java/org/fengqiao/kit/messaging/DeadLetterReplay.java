package org.fengqiao.kit.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sends the records waiting in a dead-letter topic back to the topic they came from, with their
 * key, value and original headers (the binder's {@code x-*} diagnostics are dropped), for when
 * the cause was transient and has been fixed. A replay consumer group remembers what was sent
 * back, so each dead letter is replayed once; consumers deduplicate on {@code ce_id} anyway.
 */
public class DeadLetterReplay {

    /** What a replay did. */
    public record Result(String deadLetterTopic, int replayed) {
    }

    private final String brokers;
    private final String application;
    private final Producer<String, byte[]> producer;

    public DeadLetterReplay(String brokers, String application, Producer<String, byte[]> producer) {
        this.brokers = brokers;
        this.application = application;
        this.producer = producer;
    }

    public Result replay(String deadLetterTopic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, application + "-dead-letter-replay",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        int replayed = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            // only what is there now: a record that fails again comes back to this topic and must wait
            // for the next replay instead of going round for ever
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> sent = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    Header origin = record.headers().lastHeader("x-original-topic");
                    if (origin != null) {
                        ProducerRecord<String, byte[]> back = new ProducerRecord<>(new String(origin.value(), UTF_8), record.key(),
                                record.value());
                        for (Header header : record.headers()) {
                            if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_")) {
                                back.headers().add(header);
                            }
                        }
                        producer.send(back).get(30, TimeUnit.SECONDS);
                        replayed++;
                    }
                    sent.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                if (!sent.isEmpty()) {
                    consumer.commitSync(sent);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + deadLetterTopic + " interrupted after " + replayed + " records", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("replay of " + deadLetterTopic + " failed after " + replayed + " records", e);
        }
        return new Result(deadLetterTopic, replayed);
    }
}
