package org.fengqiao.localstack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's broker: one principal per service, one for the operations
 * console, a read-only one for outside subscribers, and the broker's administrator.
 *
 * <ul>
 *   <li>A service writes only its own event topic, reads only the topics it consumes, as consumer
 *       groups named after itself, and writes and reads back only its own dead-letter topics
 *       ({@code <topic>.<group>.dlt}).</li>
 *   <li>The operators' tools, the console and docker-compose's Kafka UI ({@value #KAFKA_UI}), each
 *       read every event topic and dead-letter topic (their own groups start with their names)
 *       and may describe every consumer group (for their lag); they write nothing.</li>
 *   <li>{@value #SUBSCRIBER} reads the four event topics, as consumer groups whose names start
 *       with {@code subscriber}; it writes nothing and sees no dead letters.</li>
 *   <li>{@value #ADMIN} is the broker's super user: topics, logins and these grants.</li>
 * </ul>
 * The local stack applies this at every start of its broker; docker-compose's {@code kafka-init}
 * applies the same grants (a test compares the two).
 */
public final class BrokerAccess {

    public static final String ADMIN = "admin";
    public static final String OPS_CONSOLE = "ops-console";
    /** docker-compose's Kafka UI (the local stack runs none). */
    public static final String KAFKA_UI = "kafka-ui";
    /** The operators' tools: read everything, write nothing. */
    public static final List<String> OPERATORS_TOOLS = List.of(OPS_CONSOLE, KAFKA_UI);
    public static final String SUBSCRIBER = "subscriber";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-256";

    public static final List<String> EVENT_TOPICS = List.of("dispute.events", "patrol.events", "citizen.events", "notification.events");

    /** A consumer group reading a topic; the records it can never process go to its dead-letter topic. */
    public record Reading(String topic, String group) {

        public String deadLetterTopic() {
            return topic + "." + group + ".dlt";
        }
    }

    /** What one service's principal (named as the service) writes and reads. */
    public record ServiceGrant(String principal, String writes, List<Reading> reads) {
    }

    /** The four services; each group's name starts with the service's name. */
    public static final List<ServiceGrant> SERVICES = List.of(
            new ServiceGrant("dispute-service", "dispute.events", List.of(
                    new Reading("dispute.events", "dispute-service-kpis"),
                    new Reading("patrol.events", "dispute-service-intake"),
                    new Reading("citizen.events", "dispute-service-intake"))),
            new ServiceGrant("patrol-service", "patrol.events", List.of(
                    new Reading("dispute.events", "patrol-service"),
                    new Reading("citizen.events", "patrol-service"))),
            new ServiceGrant("citizen-service", "citizen.events", List.of()),
            new ServiceGrant("notification-service", "notification.events", List.of(
                    new Reading("dispute.events", "notification-service"),
                    new Reading("patrol.events", "notification-service"),
                    new Reading("citizen.events", "notification-service"))));

    /** Every principal with a login: the administrator, the four services, the operators' tools, the subscriber. */
    public static List<String> allPrincipals() {
        List<String> principals = new ArrayList<>();
        principals.add(ADMIN);
        SERVICES.forEach(service -> principals.add(service.principal()));
        principals.addAll(OPERATORS_TOOLS);
        principals.add(SUBSCRIBER);
        return principals;
    }

    /** The platform's topics: the four event topics and every dead-letter topic. */
    public static List<String> topics() {
        Set<String> topics = new LinkedHashSet<>(EVENT_TOPICS);
        SERVICES.forEach(service -> service.reads().forEach(reading -> topics.add(reading.deadLetterTopic())));
        return List.copyOf(topics);
    }

    /** Every grant, as the broker's ACLs (all ALLOW; what is not granted is refused). */
    public static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (ServiceGrant service : SERVICES) {
            String principal = service.principal();
            allow(acls, principal, ResourceType.TOPIC, service.writes(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
            for (Reading reading : service.reads()) {
                allow(acls, principal, ResourceType.TOPIC, reading.topic(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
                allow(acls, principal, ResourceType.TOPIC, reading.deadLetterTopic(), PatternType.LITERAL,
                        AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
            }
            // its consumer groups and the group that replays its dead letters
            allow(acls, principal, ResourceType.GROUP, principal, PatternType.PREFIXED, AclOperation.READ);
        }
        for (String tool : OPERATORS_TOOLS) {
            for (String topic : EVENT_TOPICS) {
                // the prefix takes in the topic's dead-letter topics
                allow(acls, tool, ResourceType.TOPIC, topic, PatternType.PREFIXED, AclOperation.READ, AclOperation.DESCRIBE);
            }
            allow(acls, tool, ResourceType.GROUP, tool, PatternType.PREFIXED, AclOperation.READ);
            allow(acls, tool, ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL, AclOperation.DESCRIBE);
        }
        for (String topic : EVENT_TOPICS) {
            allow(acls, SUBSCRIBER, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        }
        allow(acls, SUBSCRIBER, ResourceType.GROUP, SUBSCRIBER, PatternType.PREFIXED, AclOperation.READ);
        return acls;
    }

    /**
     * Gives every principal its SCRAM login, creates the platform's topics that are missing (three
     * partitions each) and grants {@link #acls()}; each step may be repeated.
     */
    static void apply(Admin admin, BrokerLogins logins, int partitions) {
        List<UserScramCredentialUpsertion> users = allPrincipals().stream().filter(p -> !ADMIN.equals(p))
                .map(p -> new UserScramCredentialUpsertion(p, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192), logins.password(p)))
                .toList();
        await("giving the principals their logins", admin.alterUserScramCredentials(List.copyOf(users)).all());
        List<NewTopic> topics = topics().stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList();
        admin.createTopics(topics).values().forEach((topic, created) -> {
            try {
                created.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new LocalStackException("Cannot create topic " + topic + ": " + e.getCause(), e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw failed("creating topic " + topic, e);
            }
        });
        await("granting access", admin.createAcls(acls()).all());
    }

    private static void allow(List<AclBinding> acls, String principal, ResourceType type, String name, PatternType pattern,
                              AclOperation... operations) {
        Stream.of(operations).forEach(operation -> acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW))));
    }

    private static void await(String what, org.apache.kafka.common.KafkaFuture<Void> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new LocalStackException("Kafka refused " + what + ": " + e.getCause(), e);
        } catch (InterruptedException | TimeoutException e) {
            throw failed(what, e);
        }
    }

    private static LocalStackException failed(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new LocalStackException("Kafka did not finish " + what + ": " + e, e);
    }

    private BrokerAccess() {
    }
}
