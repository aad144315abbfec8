package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final String TOPIC = "local-stack.it.greetings";

    @TempDir
    Path dir;

    @Test
    void keepsRecordsOnDiskAcrossARestart() throws Exception {
        KafkaBroker broker = KafkaBroker.builder()
                .logDir(dir.resolve("kafka"))
                .port(Ports.freePort())
                .controllerPort(Ports.freePort())
                .build();
        try {
            broker.start();
            String clusterId = broker.clusterId();
            assertThat(clusterId).isNotBlank();
            assertThat(dir.resolve("kafka/meta.properties")).exists();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>(TOPIC, "GC-101", "a made-up greeting")).get(30, TimeUnit.SECONDS);
            }
            // a consumer group, like the services use: needs the offsets topic with replication factor 1
            assertThat(consume(broker, 1)).containsExactly("GC-101=a made-up greeting");
            try (Admin admin = Admin.create(Map.<String, Object>of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
                assertThat(topic.partitions()).hasSize(3);
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(Ports.isFree(broker.port())).isTrue();

            broker.start();
            assertThat(broker.clusterId()).as("storage is formatted only once").isEqualTo(clusterId);
            assertThat(consume(broker, 1)).containsExactly("GC-101=a made-up greeting");
        } finally {
            broker.stop();
        }
        assertThat(Files.list(dir.resolve("kafka")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith(TOPIC + "-"));
    }

    /** Reads from the beginning with a fresh consumer group until {@code expected} records arrived (30 s deadline). */
    private static List<String> consume(KafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.key() + "=" + record.value());
                }
            }
        }
        return values;
    }
}
