package org.fengqiao.kit.test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real Apache Kafka and MongoDB images through Testcontainers, started once per test JVM. Used by
 * the {@code *ContainersIT} variants, which are skipped where no Docker engine is available.
 */
public final class ContainerInfrastructure {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    public static synchronized String kafkaBrokers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.2");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
        }
        return mongo.getReplicaSetUrl(database);
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", ContainerInfrastructure::kafkaBrokers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        EmbeddedInfrastructure.trustTestTokens(registry);
    }

    private ContainerInfrastructure() {
    }
}
