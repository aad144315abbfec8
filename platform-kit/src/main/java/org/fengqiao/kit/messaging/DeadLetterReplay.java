package org.fengqiao.kit.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fengqiao.kit.failure.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Hands the records waiting in one of this service's dead-letter topics back to the consumer they
 * failed in, once the cause is fixed: each record, with its original headers (the {@code x-*}
 * diagnostics are dropped), goes to the same handler the binding calls, in this process. Nothing
 * is written to the topic the record came from, which belongs to another service (and which the
 * broker would not let this service write): other consumers of that topic never see it again.
 *
 * <p>A replay consumer group remembers what was handed back, so each dead letter is replayed
 * once; the consumers deduplicate on {@code ce_id} anyway. A record that fails again goes back to
 * the end of its dead-letter topic, with the new reason, and waits for the next replay.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    /** What a replay did: records handled, and records that failed again (back in the dead-letter topic). */
    public record Result(String deadLetterTopic, int replayed, int failedAgain) {
    }

    private final Map<String, Object> clientProperties;
    private final String application;
    private final Function<String, Optional<Consumer<Message<byte[]>>>> consumerOf;
    private final Producer<String, byte[]> deadLetters;

    /**
     * @param clientProperties {@code bootstrap.servers} and how this service signs in to the broker
     * @param consumerOf       the handler of the binding whose dead-letter topic is named, if any
     * @param deadLetters      writes a record that fails again back to its dead-letter topic
     */
    public DeadLetterReplay(Map<String, Object> clientProperties, String application,
                            Function<String, Optional<Consumer<Message<byte[]>>>> consumerOf, Producer<String, byte[]> deadLetters) {
        this.clientProperties = Map.copyOf(clientProperties);
        this.application = application;
        this.consumerOf = consumerOf;
        this.deadLetters = deadLetters;
    }

    /** @throws NotFoundException when no binding of this service has that dead-letter topic */
    public Result replay(String deadLetterTopic) {
        Consumer<Message<byte[]>> handler = consumerOf.apply(deadLetterTopic)
                .orElseThrow(() -> new NotFoundException("dead-letter topic of " + application, deadLetterTopic));
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, application + "-dead-letter-replay");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        int replayed = 0;
        int failedAgain = 0;
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
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    try {
                        handler.accept(message(record));
                        replayed++;
                    } catch (RuntimeException e) {
                        deadLetterAgain(record, e);
                        failedAgain++;
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        }
        return new Result(deadLetterTopic, replayed, failedAgain);
    }

    /** The record as the binding hands it to the handler: its value, and its headers but the diagnostics. */
    private static Message<byte[]> message(ConsumerRecord<String, byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0] : record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-")) {
                message.setHeader(header.key(), header.value());
            }
        }
        // where it is read now: a consumer that tells applied records by position sees the dead-letter topic's
        message.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic());
        message.setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition());
        message.setHeader(KafkaHeaders.OFFSET, record.offset());
        return message.build();
    }

    /** Back to the end of its dead-letter topic, with where it came from kept and the new reason. */
    private void deadLetterAgain(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        Throwable cause = ConsumerFailures.TransientFailures.cause(e);
        log.warn("replaying {}-{}@{}: it failed again and goes back to the dead-letter topic: {}", record.topic(), record.partition(),
                record.offset(), cause.toString());
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(record.topic(), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-exception-")) {
                again.headers().add(header);
            }
        }
        again.headers().add("x-exception-fqcn", cause.getClass().getName().getBytes(UTF_8));
        again.headers().add("x-exception-message", String.valueOf(cause.getMessage()).getBytes(UTF_8));
        try {
            deadLetters.send(again).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + record.topic() + " interrupted", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            // not committed past it: the next replay reads it again
            throw new IllegalStateException("replay of " + record.topic() + " could not put back a record that failed again", failed);
        }
    }
}
