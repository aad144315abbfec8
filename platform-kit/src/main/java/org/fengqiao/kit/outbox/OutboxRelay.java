package org.fengqiao.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;
import org.fengqiao.kit.observability.CorrelationContext;
import org.fengqiao.kit.work.WakeOrPoll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in outbox documents. Each document's events are sent in order
 * with the idempotent producer ({@code acks=all}); only the events the broker acknowledged are
 * then pulled from the document. A crash between the two publishes them again (consumers
 * deduplicate on {@code ce_id}); nothing is lost.
 *
 * <p><b>Keeping up without scanning.</b> A writer hands the relay the id of the document it saved
 * ({@link #pending(String, Object)}); the relay reads those documents by {@code _id} (one query per
 * collection for all of them, only their pending events), sends the first pending event of every
 * one of them at once (many sends in flight, batched by the producer), then the second ones, and so on: an aggregate's next event leaves only once the
 * broker has its previous one, so the order per aggregate holds while hundreds of aggregates are
 * published together. The acknowledged events are then pulled from their documents in one bulk
 * write. Documents nobody handed over (written before a crash) are found by a bounded sweep at
 * start and then every {@code sweepInterval} (minutes: on the embedded store a sweep reads the
 * whole collection), or again soon while sweeps come back full; that sweep is the relay's only
 * query that is not by key.
 *
 * <p><b>Replicas.</b> Each pending event names the instance that wrote it
 * ({@code platform.instance-id}). A sweep takes this instance's events whatever their age (what it
 * wrote before a crash), and another instance's only once they have waited longer than
 * {@code othersAfter} (a minute): that instance's own relay publishes them within milliseconds
 * unless it died. So two replicas sweeping at the same moment, at start or later, do not publish
 * each other's events a second time; only an instance whose relay could not publish for a minute
 * (the broker away) may see its events published by a second one as well, which consumers
 * deduplicate on {@code ce_id}.
 *
 * <p>A send that fails for a reason that passes (the broker is away, a timeout) is tried again,
 * for as long as it takes: the event must not be lost. An event the broker can never take
 * ({@link #NEVER_SENDABLE}: larger than the broker accepts, an invalid topic, a value that cannot
 * be serialised), or a stored event that cannot even be read, is parked instead of blocking its
 * aggregate for ever: it moves to the document's {@value OutboxDocument#PARKED_EVENTS} with the
 * reason, is logged at ERROR and counted ({@code outbox.events.parked}), and the aggregate's next
 * events go on. {@code GET /api/v1/outbox/parked} lists what is parked.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Documents published together in one pass. */
    private static final int BATCH = 500;
    /** Documents a sweep picks up per collection. */
    private static final int SWEEP_LIMIT = 100;
    private static final Duration AGAIN_AFTER_FULL_SWEEP = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    /** Failures no retry can cure: the event itself is what the broker or the client refuses. */
    static final List<Class<? extends Exception>> NEVER_SENDABLE = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class);

    /** A document with pending events, by collection and {@code _id}. */
    record Key(String collection, Object id) {
    }

    private final MongoTemplate mongo;
    private final Producer<String, byte[]> producer;
    private final OutboxCollections collections;
    private final String source;
    private final Duration pollInterval;
    private final Duration sweepInterval;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final Set<Key> handedOver = ConcurrentHashMap.newKeySet();
    /** Runs a pass when a writer hands over a document, else every poll interval. */
    private final WakeOrPoll worker;
    private long nextSweep;

    private final String instanceId;
    private final Duration othersAfter;
    private final java.time.Clock clock;

    public OutboxRelay(MongoTemplate mongo, Producer<String, byte[]> producer, OutboxCollections collections,
                       String source, Duration pollInterval, Duration sweepInterval, Duration sendTimeout, MeterRegistry meters,
                       String instanceId, Duration othersAfter, java.time.Clock clock) {
        this.instanceId = instanceId;
        this.othersAfter = othersAfter;
        this.clock = clock;
        this.mongo = mongo;
        this.producer = producer;
        this.collections = collections;
        this.source = source;
        this.pollInterval = pollInterval;
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
        this.worker = new WakeOrPoll("outbox-relay", this::pass, pollInterval);
    }

    /** This instance of the service, as its pending events name it. */
    public String instanceId() {
        return instanceId;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** A writer saved this document with new pending events: publish them soon. */
    public void pending(String collection, Object id) {
        handedOver.add(new Key(collection, id));
        wake();
    }

    /** Asks the relay to look for pending events now instead of at its next poll. */
    public void wake() {
        worker.wake();
    }

    /**
     * Publishes what was handed over, and, when its time has come, what a bounded sweep finds;
     * returns how many events were published.
     */
    public int publishPending() {
        Set<Key> keys = new LinkedHashSet<>();
        for (Key key : handedOver) {
            if (keys.size() >= BATCH) {
                break;
            }
            keys.add(key);
        }
        keys.forEach(handedOver::remove);
        if (System.nanoTime() - nextSweep >= 0) {
            List<Key> swept = sweep();
            // a full page from some collection means more may wait: look again soon
            boolean full = swept.stream().collect(java.util.stream.Collectors.groupingBy(Key::collection, java.util.stream.Collectors.counting()))
                    .values().stream().anyMatch(n -> n >= SWEEP_LIMIT);
            nextSweep = System.nanoTime() + (full ? AGAIN_AFTER_FULL_SWEEP : sweepInterval).toNanos();
            keys.addAll(swept);
        }
        if (keys.isEmpty()) {
            return 0;
        }
        List<Outgoing> documents = new ArrayList<>();
        // one read by key per collection for the whole pass, not one per document
        Map<String, List<Object>> idsByCollection = new LinkedHashMap<>();
        keys.forEach(key -> idsByCollection.computeIfAbsent(key.collection(), c -> new ArrayList<>()).add(key.id()));
        idsByCollection.forEach((collection, ids) -> {
            Query byKey = new Query(Criteria.where("_id").in(ids));
            byKey.fields().include(OutboxDocument.PENDING_EVENTS);
            for (Document document : mongo.find(byKey, Document.class, collection)) {
                List<Document> pending = document.getList(OutboxDocument.PENDING_EVENTS, Document.class, List.of());
                if (!pending.isEmpty()) {
                    documents.add(new Outgoing(new Key(collection, document.get("_id")), pending));
                }
            }
        });
        int published = publish(documents);
        // an aggregate whose send failed waits for the next pass, its remaining events in order
        documents.stream().filter(outgoing -> outgoing.blocked).forEach(outgoing -> handedOver.add(outgoing.key));
        return published;
    }

    /** The bounded safety net: documents with pending events that nobody handed over. */
    private List<Key> sweep() {
        List<Key> found = new ArrayList<>();
        for (String collection : collections.names()) {
            Query pending = new Query(Criteria.where(OutboxDocument.PENDING_EVENTS + ".0").exists(true)).limit(SWEEP_LIMIT);
            pending.fields().include("_id").include(OutboxDocument.PENDING_EVENTS);
            java.time.Instant othersBefore = clock.instant().minus(othersAfter);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                if (document.getList(OutboxDocument.PENDING_EVENTS, Document.class, List.of()).stream()
                        .anyMatch(event -> mine(event, othersBefore))) {
                    found.add(new Key(collection, document.get("_id")));
                }
            }
        }
        return found;
    }

    /**
     * Whether a sweep of this instance publishes the event: it wrote it, or its writer's relay has
     * had it for longer than {@code othersAfter}, or it does not say (stored before writers were named).
     */
    private boolean mine(Document event, java.time.Instant othersBefore) {
        String writtenBy = event.getString("writtenBy");
        java.util.Date writtenAt = event.getDate("writtenAt");
        return writtenBy == null || writtenBy.equals(instanceId) || writtenAt == null || writtenAt.toInstant().isBefore(othersBefore);
    }

    /** One document's pending events on their way out. */
    private final class Outgoing {
        final Key key;
        final List<Document> stored;
        final List<String> acknowledged = new ArrayList<>();
        final List<Document> parked = new ArrayList<>();
        int next;
        boolean blocked;

        Outgoing(Key key, List<Document> stored) {
            this.key = key;
            this.stored = stored;
        }

        boolean hasNext() {
            return !blocked && next < stored.size();
        }
    }

    /** Round by round: the next event of every document at once, so each aggregate's events stay in order. */
    private int publish(List<Outgoing> documents) {
        try {
            List<Outgoing> active = documents;
            while (!active.isEmpty()) {
                Map<Outgoing, SendAttempt> round = new LinkedHashMap<>();
                for (Outgoing outgoing : active) {
                    Document raw = outgoing.stored.get(outgoing.next);
                    PendingEvent event;
                    try {
                        event = mongo.getConverter().read(PendingEvent.class, raw);
                    } catch (RuntimeException unreadable) {
                        park(raw.getString("type"), raw, unreadable, outgoing.parked, null);
                        outgoing.next++;
                        continue;
                    }
                    round.put(outgoing, new SendAttempt(event, raw, send(event)));
                }
                for (Map.Entry<Outgoing, SendAttempt> sent : round.entrySet()) {
                    settle(sent.getKey(), sent.getValue());
                }
                active = active.stream().filter(Outgoing::hasNext).toList();
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
        } finally {
            // whatever happened above, what the broker has and what is parked leave the pending lists now,
            // so a later failure never makes the relay send them again
            removeDone(documents);
        }
        return documents.stream().mapToInt(outgoing -> outgoing.acknowledged.size()).sum();
    }

    private record SendAttempt(PendingEvent event, Document raw, Future<?> future) {
    }

    private Future<?> send(PendingEvent event) {
        try {
            return producer.send(CloudEventRecords.toRecord(event, source));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /** Waits for one send; the document's next event may follow when it was sent or parked. */
    private void settle(Outgoing outgoing, SendAttempt attempt) {
        PendingEvent event = attempt.event();
        try {
            attempt.future().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            outgoing.acknowledged.add(event.eventId());
            outgoing.next++;
            meters.counter("outbox.events.published", "type", event.type(), "topic", event.topic()).increment();
            Duration delay = Duration.between(event.occurredAt(), Instant.now());
            if (!delay.isNegative()) {
                // an event dated ahead of this host's clock (a made-up or skewed clock) has no delay to tell
                meters.timer("outbox.events.delay", "type", event.type()).record(delay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outgoing.blocked = true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (neverSendable(cause)) {
                park(event.type(), attempt.raw(), cause, outgoing.parked, event);
                outgoing.next++;
                return;
            }
            // the rest of this aggregate's events wait for the next pass, so they stay in order
            outgoing.blocked = true;
            CorrelationContext.run(event.correlationId(), event.causationId(),
                    () -> log.warn("publishing {} {} failed, will retry: {}", event.type(), event.eventId(), e.toString()));
            meters.counter("outbox.events.failed", "type", event.type()).increment();
        }
    }

    /** One bulk write per collection pulls the acknowledged and parked events. */
    private void removeDone(List<Outgoing> documents) {
        Map<String, BulkOperations> bulks = new HashMap<>();
        for (Outgoing outgoing : documents) {
            List<String> done = new ArrayList<>(outgoing.acknowledged);
            outgoing.parked.forEach(p -> done.add(p.getString("eventId")));
            if (done.isEmpty()) {
                continue;
            }
            Update update = new Update().pull(OutboxDocument.PENDING_EVENTS, new Document("eventId", new Document("$in", done)));
            if (!outgoing.parked.isEmpty()) {
                update.push(OutboxDocument.PARKED_EVENTS).each(outgoing.parked.toArray());
            }
            bulks.computeIfAbsent(outgoing.key.collection(), collection -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection))
                    .updateOne(new Query(Criteria.where("_id").is(outgoing.key.id())), update);
        }
        bulks.values().forEach(BulkOperations::execute);
    }

    static boolean neverSendable(Throwable cause) {
        return NEVER_SENDABLE.stream().anyMatch(type -> type.isInstance(cause));
    }

    private void park(String type, Document raw, Throwable cause, List<Document> parked, PendingEvent event) {
        Document entry = new Document(raw);
        entry.put("parkedAt", java.util.Date.from(Instant.now()));
        entry.put("parkedBecause", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        parked.add(entry);
        meters.counter("outbox.events.parked", "type", String.valueOf(type)).increment();
        Runnable report = () -> log.error("{} {} can never be published ({}); parked in its document, the aggregate's next events go on",
                type, raw.getString("eventId"), cause.toString());
        if (event == null) {
            report.run();
        } else {
            CorrelationContext.run(event.correlationId(), event.causationId(), report);
        }
    }

    /** One pass; while what was handed over keeps being published, the next pass at once. */
    private WakeOrPoll.Next pass() {
        int published = publishPending();
        if (handedOver.isEmpty()) {
            return WakeOrPoll.Next.after(pollInterval);
        }
        // more handed over: go on at once while it publishes; when nothing went, the broker is away: no point hurrying back
        return published > 0 ? WakeOrPoll.Next.again() : WakeOrPoll.Next.backOff(pollInterval);
    }

    @Override
    public void start() {
        nextSweep = System.nanoTime();
        worker.start();
    }

    /**
     * Stops after the pass under way; a send still waiting for a broker that is gone is
     * interrupted after a grace period, and what it did not get acknowledged stays pending in its
     * document, to be published after the next start.
     */
    @Override
    public void stop() {
        worker.stop(SHUTDOWN_GRACE);
    }

    /**
     * Starts before and stops after the web server and the message bindings, so events raised by
     * requests and records still in flight during a graceful shutdown are published before exit.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4000;
    }

    @Override
    public boolean isRunning() {
        return worker.isRunning();
    }
}
