package org.fengqiao.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.notification.NotificationDelivered;
import org.fengqiao.events.notification.NotificationSent;

/**
 * Watches the topics as an outside subscriber would: when each report's {@code DisputeReported}
 * (and each incident's {@code IncidentReported}) appears, and when the in-app notification it
 * caused was delivered ({@code NotificationSent} ties a notification to its triggering event,
 * {@code NotificationDelivered} says when). Reads from the end of each topic, from the moment it
 * starts, in its own thread.
 */
public final class FlowObserver implements AutoCloseable {

    /** An in-app notification delivered (repeat 0), and to whom. */
    public record Delivery(String notificationId, String recipientId, Instant deliveredAt) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /** aggregate id (dispute, incident) -> when its first reported event was seen (System.nanoTime) */
    private final Map<String, Long> reportedSeenAt = new ConcurrentHashMap<>();
    /** ce_id of a reported event -> its aggregate id */
    private final Map<String, String> aggregateOfEvent = new ConcurrentHashMap<>();
    /** notification id -> triggering event id, for in-app notifications */
    private final Map<String, String> triggerOfNotification = new ConcurrentHashMap<>();
    /** every ce_id seen, to skip an event published again */
    private final java.util.Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong republished = new java.util.concurrent.atomic.AtomicLong();
    /** notification id -> its first-time deliveries (more than one is a duplicate delivery) */
    private final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();

    /**
     * Reads the topics as an outside subscriber would, signed in with {@code login} (the local
     * stack's read-only {@code subscriber}): the stack's broker has every platform topic from its
     * start, so the observer reads every partition from before the first event.
     */
    public FlowObserver(String bootstrapServers, Map<String, Object> login) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-observer");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.DISPUTE_EVENTS, Topics.PATROL_EVENTS, Topics.NOTIFICATION_EVENTS)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "benchmark-observer");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long seen = System.nanoTime();
                String type = header(record, "ce_type");
                if (type == null) {
                    continue;
                }
                String eventId = header(record, "ce_id");
                if (eventId != null && !eventIds.add(eventId)) {
                    // the same event published again (at least once: a send whose answer was lost and
                    // that was sent again); a subscriber skips it by its ce_id, as every consumer does
                    republished.incrementAndGet();
                    continue;
                }
                switch (type) {
                    case "DisputeReported", "IncidentReported" -> {
                        reportedSeenAt.putIfAbsent(record.key(), seen);
                        aggregateOfEvent.put(header(record, "ce_id"), record.key());
                    }
                    case "NotificationSent" -> {
                        NotificationSent sent = EventJson.read(record.value(), EventCatalog.NOTIFICATION_SENT);
                        if (sent.channel() == Channel.IN_APP) {
                            triggerOfNotification.put(sent.notificationId(), sent.triggerEventId());
                        }
                    }
                    case "NotificationDelivered" -> {
                        NotificationDelivered delivered = EventJson.read(record.value(), EventCatalog.NOTIFICATION_DELIVERED);
                        if (delivered.channel() == Channel.IN_APP && delivered.repeat() == 0) {
                            deliveries.computeIfAbsent(delivered.notificationId(), id -> new CopyOnWriteArrayList<>())
                                    .add(new Delivery(delivered.notificationId(), delivered.recipientId(), delivered.deliveredAt()));
                        }
                    }
                    default -> {
                        // other events of the flow are not measured
                    }
                }
            }
        }
        consumer.close();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** When the aggregate's reported event appeared on its topic (System.nanoTime), if it did. */
    public Long reportedSeenAt(String aggregateId) {
        return reportedSeenAt.get(aggregateId);
    }

    /**
     * How many records carried a {@code ce_id} seen before: events published twice (the outbox
     * publishes at least once), which the observer, like every consumer, counts once.
     */
    public long republished() {
        return republished.get();
    }

    /** Every dispute and incident whose reported event appeared since the observer started. */
    public java.util.Set<String> reportedAggregates() {
        return java.util.Set.copyOf(reportedSeenAt.keySet());
    }

    /** The in-app deliveries (first time, repeat 0) of notifications triggered by this aggregate's reported event, by notification. */
    public Map<String, List<Delivery>> inAppDeliveriesOf(String aggregateId, String recipientId) {
        Map<String, List<Delivery>> found = new HashMap<>();
        triggerOfNotification.forEach((notification, trigger) -> {
            if (aggregateId.equals(aggregateOfEvent.get(trigger))) {
                List<Delivery> delivered = deliveries.getOrDefault(notification, List.of()).stream()
                        .filter(d -> recipientId == null || recipientId.equals(d.recipientId())).toList();
                if (!delivered.isEmpty()) {
                    found.put(notification, delivered);
                }
            }
        });
        return found;
    }

    /** aggregate id -> its in-app deliveries, for many aggregates at once (one pass over what was seen). */
    public Map<String, List<Delivery>> inAppDeliveries(java.util.Set<String> aggregateIds) {
        Map<String, List<Delivery>> byAggregate = new HashMap<>();
        triggerOfNotification.forEach((notification, trigger) -> {
            String aggregate = aggregateOfEvent.get(trigger);
            if (aggregate != null && aggregateIds.contains(aggregate)) {
                List<Delivery> delivered = deliveries.get(notification);
                if (delivered != null) {
                    byAggregate.computeIfAbsent(aggregate, a -> new ArrayList<>()).addAll(delivered);
                }
            }
        });
        return byAggregate;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
