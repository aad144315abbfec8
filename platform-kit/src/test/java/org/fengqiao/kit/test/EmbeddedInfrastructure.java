package org.fengqiao.kit.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.fengqiao.events.Topics;
import org.fengqiao.security.test.TestIdentityProvider;
import org.fengqiao.security.test.TestTokens;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Kafka broker (KRaft, in-process) and a MongoDB wire-protocol server (in memory), started
 * once per test JVM and shared by every integration test in it. Register them in a test with
 * {@code @DynamicPropertySource static void infra(DynamicPropertyRegistry r) { EmbeddedInfrastructure.register(r, "db"); }}.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;

    public static synchronized String kafkaBrokers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.ALL.toArray(String[]::new));
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("num.partitions", "3");
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            InetSocketAddress address = mongo.getLocalAddress();
            mongoAddress = address.getHostString() + ":" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return "mongodb://" + mongoAddress + "/" + database;
    }

    /**
     * Points a Spring test context at the shared broker, at its own database on the shared store,
     * and at the test identity provider whose tokens {@link TestTokens} makes.
     */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", EmbeddedInfrastructure::kafkaBrokers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        trustTestTokens(registry);
    }

    /** Makes the service accept the test identity provider's tokens (and only those). */
    public static void trustTestTokens(DynamicPropertyRegistry registry) {
        TestIdentityProvider.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private EmbeddedInfrastructure() {
    }
}
