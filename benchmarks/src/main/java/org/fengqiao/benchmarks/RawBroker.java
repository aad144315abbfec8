package org.fengqiao.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker alone, with records the size of the platform's events and the producer settings of
 * its outbox (idempotent, acks=all): how many records a second it takes flat out, and the latency
 * of a fixed rate, open loop. The platform cannot beat these figures on the same machine.
 */
public final class RawBroker {

    /** @param recordsPerSecond flat out; @param fixedRate the open-loop rate measured; @param latency due time to acknowledgement */
    public record Result(int recordSize, double recordsPerSecond, int fixedRate, Percentiles latency) {
    }

    /** {@code login}: how the benchmark signs in to the broker (its administrator, who may create the benchmark's own topic). */
    public static Result measure(String bootstrapServers, Map<String, Object> login, int recordSize, int flatOutRecords, int fixedRate,
                                 int fixedSeconds) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "benchmark-raw");
        byte[] value = new byte[recordSize];
        java.util.Arrays.fill(value, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            // warm up: topic creation, metadata, connections
            send(producer, value, 2_000);
            long start = System.nanoTime();
            send(producer, value, flatOutRecords);
            double rate = flatOutRecords / ((System.nanoTime() - start) / 1e9);

            ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger key = new AtomicInteger();
            OpenLoop.run(fixedRate, fixedRate * fixedSeconds, due -> producer.send(
                    new ProducerRecord<>("benchmark.raw", "k" + key.incrementAndGet() % 64, value),
                    (metadata, failure) -> {
                        if (failure == null) {
                            latencies.add((System.nanoTime() - due) / 1e6);
                        }
                    }));
            producer.flush();
            return new Result(recordSize, rate, fixedRate, Percentiles.of(List.copyOf(latencies)));
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, byte[] value, int count) {
        CountDownLatch acknowledged = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>("benchmark.raw", "k" + i % 64, value), (metadata, failure) -> acknowledged.countDown());
        }
        try {
            if (!acknowledged.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker did not acknowledge " + count + " records within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private RawBroker() {
    }
}
