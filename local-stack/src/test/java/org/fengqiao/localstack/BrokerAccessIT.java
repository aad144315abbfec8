package org.fengqiao.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's broker as every client meets it: signed in with SASL/SCRAM, each principal
 * held to {@link BrokerAccess}'s grants.
 */
class BrokerAccessIT {

    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.builder().logDir(dir.resolve("kafka")).port(Ports.freePort()).controllerPort(Ports.freePort())
                .logins(BrokerLogins.in(dir)).start();
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @Test
    void a_forged_incident_acknowledgement_from_any_principal_but_patrol_service_is_refused_and_never_reaches_the_topic() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        List<String> forgers = BrokerAccess.allPrincipals().stream()
                .filter(principal -> !principal.equals("patrol-service") && !principal.equals(BrokerAccess.ADMIN)).toList();
        assertThat(forgers).contains("notification-service", BrokerAccess.OPS_CONSOLE, BrokerAccess.KAFKA_UI, BrokerAccess.SUBSCRIBER);
        for (String forger : forgers) {
            // a principal that may write no topic at all is refused before it names one: its producer
            // may not even start an idempotent session on the cluster
            assertThat(send(forger, "patrol.events", incidentId, "IncidentAcknowledged"))
                    .as("%s publishing IncidentAcknowledged on patrol.events", forger)
                    .isInstanceOfAny(TopicAuthorizationException.class, ClusterAuthorizationException.class);
        }
        assertThat(send("patrol-service", "patrol.events", incidentId, "IncidentAcknowledged")).as("patrol-service, its producer").isNull();

        List<ConsumerRecord<String, String>> onTopic = read(BrokerAccess.SUBSCRIBER, "subscriber-it-" + UUID.randomUUID(), "patrol.events",
                r -> incidentId.equals(r.key()), 1);
        assertThat(onTopic).hasSize(1);
        assertThat(new String(onTopic.get(0).headers().lastHeader("ce_type").value(), UTF_8)).isEqualTo("IncidentAcknowledged");
        assertThat(new String(onTopic.get(0).headers().lastHeader("written-by").value(), UTF_8)).isEqualTo("patrol-service");
    }

    @Test
    void each_service_writes_its_own_event_topic_and_its_own_dead_letter_topics_and_no_other() {
        for (BrokerAccess.ServiceGrant service : BrokerAccess.SERVICES) {
            for (String topic : BrokerAccess.topics()) {
                boolean own = topic.equals(service.writes())
                        || service.reads().stream().anyMatch(reading -> reading.deadLetterTopic().equals(topic));
                Exception refusal = send(service.principal(), topic, "GC-101", "TestWritten");
                if (own) {
                    assertThat(refusal).as("%s writing %s", service.principal(), topic).isNull();
                } else {
                    assertThat(refusal).as("%s writing %s", service.principal(), topic).isInstanceOf(TopicAuthorizationException.class);
                }
            }
        }
    }

    @Test
    void the_subscriber_reads_the_event_topics_in_groups_of_its_own_and_nothing_else() {
        String key = UUID.randomUUID().toString();
        assertThat(send("dispute-service", "dispute.events", key, "DisputeReported")).isNull();

        assertThat(read(BrokerAccess.SUBSCRIBER, "subscriber-city-dashboard", "dispute.events", r -> key.equals(r.key()), 1)).hasSize(1);
        assertThat(readFails(BrokerAccess.SUBSCRIBER, "notification-service", "dispute.events"))
                .as("joining a service's group, which would move its offsets").isInstanceOf(GroupAuthorizationException.class);
        assertThat(readFails(BrokerAccess.SUBSCRIBER, "subscriber-x", "dispute.events.notification-service.dlt"))
                .as("the dead letters").isInstanceOf(TopicAuthorizationException.class);
        assertThat(readFails("patrol-service", "patrol-service", "notification.events"))
                .as("a service reading a topic it does not consume").isInstanceOf(TopicAuthorizationException.class);
        assertThat(read(BrokerAccess.OPS_CONSOLE, "ops-console-it", "dispute.events", r -> key.equals(r.key()), 1))
                .as("the console, every topic").hasSize(1);
    }

    @Test
    void a_client_without_a_login_or_with_a_wrong_password_is_not_let_in() {
        Map<String, Object> wrongPassword = new HashMap<>(broker.clientProperties(BrokerAccess.SUBSCRIBER));
        wrongPassword.put("sasl.jaas.config", BrokerLogins.jaas("org.apache.kafka.common.security.scram.ScramLoginModule",
                BrokerAccess.SUBSCRIBER, "not-the-password"));
        assertThat(sendWith(wrongPassword, "dispute.events", "GC-101", "DisputeReported")).isInstanceOf(SaslAuthenticationException.class);

        Exception noLogin = sendWith(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000), "dispute.events", "GC-101", "DisputeReported");
        assertThat(noLogin).as("a plaintext client: the broker answers it nothing").isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }

    @Test
    void the_logins_are_kept_in_the_data_directory_for_its_owner_only() throws Exception {
        Path file = dir.resolve(BrokerLogins.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        BrokerLogins again = BrokerLogins.in(dir);
        for (String principal : BrokerAccess.allPrincipals()) {
            assertThat(again.clientProperties(principal)).isEqualTo(broker.clientProperties(principal));
        }
        assertThat(BrokerLogins.madeUp().password("subscriber")).isNotEqualTo(again.password("subscriber"));
    }

    /** Sends one record as {@code principal}; what refused it, or null when the broker took it. */
    private static Exception send(String principal, String topic, String key, String type) {
        Map<String, Object> login = new HashMap<>(broker.clientProperties(principal));
        login.put("written-by", principal);
        return sendWith(login, topic, key, type);
    }

    private static Exception sendWith(Map<String, Object> settings, String topic, String key, String type) {
        Map<String, Object> config = new HashMap<>(settings);
        String writer = String.valueOf(config.remove("written-by"));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "{}");
            record.headers().add("ce_type", type.getBytes(UTF_8)).add("written-by", writer.getBytes(UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return refusal((Exception) e.getCause());
        } catch (Exception e) {
            return refusal(e);
        }
    }

    /**
     * The refusal behind what the producer threw. A producer whose idempotent session the broker
     * refused may report it on the send itself ("in an error state"), the refusal as its cause,
     * depending on whether the session's answer came before or after the send.
     */
    private static Exception refusal(Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException refused) {
                return refused;
            }
        }
        return thrown;
    }

    private static List<ConsumerRecord<String, String>> read(String principal, String group, String topic,
                                                             java.util.function.Predicate<ConsumerRecord<String, String>> match, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(principal, group)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (match.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    /** What refused {@code principal} reading {@code topic} as {@code group}, or null when it could. */
    private static Exception readFails(String principal, String group, String topic) {
        try (KafkaConsumer<String, String> consumer = consumer(principal, group)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500));
                if (!consumer.assignment().isEmpty()) {
                    consumer.position(new ArrayList<TopicPartition>(consumer.assignment()).get(0));
                    return null;
                }
            }
            return null;
        } catch (KafkaException e) {
            return e;
        }
    }

    private static KafkaConsumer<String, String> consumer(String principal, String group) {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(principal));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
