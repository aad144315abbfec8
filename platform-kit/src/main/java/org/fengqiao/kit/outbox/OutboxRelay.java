package org.fengqiao.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 * <p>A send that fails for a reason that passes (the broker is away, a timeout) is tried again
 * on the next pass, for as long as it takes: the event must not be lost. An event the broker can
 * never take ({@link #NEVER_SENDABLE}: larger than the broker accepts, an invalid topic, a
 * value that cannot be serialised), or a stored event that cannot even be read, is parked instead of blocking its aggregate for ever: it moves
 * to the document's {@value OutboxDocument#PARKED_EVENTS} with the reason, is logged at ERROR and
 * counted ({@code outbox.events.parked}), and the aggregate's next events go on.
 * {@code GET /api/v1/outbox/parked} lists what is parked.
 *
 * <p>Runs on one thread: woken at once after an outbox document is saved, and every
 * {@code pollInterval} in any case (for events left by a crash or by another replica).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    /** Failures no retry can cure: the event itself is what the broker or the client refuses. */
    static final List<Class<? extends Exception>> NEVER_SENDABLE = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class);

    private final MongoTemplate mongo;
    private final Producer<String, byte[]> producer;
    private final OutboxCollections collections;
    private final String source;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final Object signal = new Object();
    private volatile boolean running;
    private boolean wakeRequested;
    private Thread thread;

    public OutboxRelay(MongoTemplate mongo, Producer<String, byte[]> producer, OutboxCollections collections,
                       String source, Duration pollInterval, Duration sendTimeout, MeterRegistry meters) {
        this.mongo = mongo;
        this.producer = producer;
        this.collections = collections;
        this.source = source;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
    }

    /** Asks the relay to look for pending events now instead of at its next poll. */
    public void wake() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    /** One pass over all outbox collections; returns how many events were published. */
    public int publishPending() {
        int published = 0;
        for (String collection : collections.names()) {
            Query pending = new Query(Criteria.where(OutboxDocument.PENDING_EVENTS + ".0").exists(true)).limit(BATCH);
            pending.fields().include(OutboxDocument.PENDING_EVENTS);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                try {
                    published += publish(collection, document);
                } catch (RuntimeException e) {
                    // one unreadable document must not hold up the others
                    meters.counter("outbox.documents.failed", "collection", collection).increment();
                    log.warn("cannot publish the pending events of {} {}: {}", collection, document.get("_id"), e.toString());
                }
            }
        }
        return published;
    }

    private int publish(String collection, Document document) {
        List<Document> stored = document.getList(OutboxDocument.PENDING_EVENTS, Document.class);
        List<String> acknowledged = new ArrayList<>();
        List<Document> parked = new ArrayList<>();
        try {
            // one at a time: the next event of an aggregate is sent only once the broker has the previous one
            for (Document raw : stored) {
                PendingEvent event;
                try {
                    event = mongo.getConverter().read(PendingEvent.class, raw);
                } catch (RuntimeException unreadable) {
                    park(raw.getString("type"), raw, unreadable, parked, null);
                    continue;
                }
                if (!send(event, raw, acknowledged, parked)) {
                    break;
                }
            }
        } finally {
            // whatever happened above, what the broker has and what is parked leave the pending list now,
            // so a later failure never makes the relay send them again
            List<String> done = new ArrayList<>(acknowledged);
            parked.forEach(p -> done.add(p.getString("eventId")));
            if (!done.isEmpty()) {
                Update update = new Update().pull(OutboxDocument.PENDING_EVENTS, new Document("eventId", new Document("$in", done)));
                if (!parked.isEmpty()) {
                    update.push(OutboxDocument.PARKED_EVENTS).each(parked.toArray());
                }
                mongo.updateFirst(new Query(Criteria.where("_id").is(document.get("_id"))), update, collection);
            }
        }
        return acknowledged.size();
    }

    /** Sends one event; returns whether the aggregate's next events may follow (sent or parked), false to wait for the next pass. */
    private boolean send(PendingEvent event, Document raw, List<String> acknowledged, List<Document> parked) {
        try {
            sendNow(event);
            acknowledged.add(event.eventId());
            meters.counter("outbox.events.published", "type", event.type(), "topic", event.topic()).increment();
            meters.timer("outbox.events.delay", "type", event.type()).record(Duration.between(event.occurredAt(), Instant.now()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (neverSendable(cause)) {
                park(event.type(), raw, cause, parked, event);
                return true;
            }
            // the rest of this aggregate's events wait for the next pass, so they stay in order
            CorrelationContext.run(event.correlationId(), event.causationId(),
                    () -> log.warn("publishing {} {} failed, will retry: {}", event.type(), event.eventId(), e.toString()));
            meters.counter("outbox.events.failed", "type", event.type()).increment();
            return false;
        }
    }

    private void sendNow(PendingEvent event) throws ExecutionException, TimeoutException, InterruptedException {
        producer.send(CloudEventRecords.toRecord(event, source)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
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

    private void loop() {
        while (running) {
            try {
                if (publishPending() > 0) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("outbox pass failed, will retry: {}", e.toString());
            }
            synchronized (signal) {
                if (!wakeRequested && running) {
                    try {
                        signal.wait(pollInterval.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                wakeRequested = false;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(SHUTDOWN_GRACE.toMillis());
                if (thread.isAlive()) {
                    // a send still waiting for a broker that is gone: what it did not get acknowledged
                    // stays pending in its document and is published after the next start
                    thread.interrupt();
                    thread.join(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
        return running;
    }
}
