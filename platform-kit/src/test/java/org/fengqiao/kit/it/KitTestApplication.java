package org.fengqiao.kit.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.kit.messaging.InboundEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** A minimal service built on the kit: one outbox document and one consumer. */
@SpringBootApplication
public class KitTestApplication {

    @Bean
    Consumer<Message<byte[]>> disputeEvents(MeterRegistry meters, Effects effects) {
        return EventConsumer.named("kit-it", meters).on(EventCatalog.DISPUTE_REPORTED, effects::apply).build();
    }

    /** The same effects, from a binding in batch mode (bound only by the tests that name it). */
    @Bean
    Consumer<Message<java.util.List<byte[]>>> disputeBatches(MeterRegistry meters, Effects effects) {
        return org.fengqiao.kit.messaging.EventBatchConsumer.of("kit-it-batch", java.util.List.of(EventCatalog.DISPUTE_REPORTED),
                events -> effects.applyAll(events), meters);
    }

    @Bean
    Effects effects(MongoTemplate mongo, Tracer tracer) {
        return new Effects(mongo, tracer);
    }

    /** Writes one "effect" document per handled event; fails twice for disputes described as flaky. */
    public static class Effects {

        private final MongoTemplate mongo;
        private final Tracer tracer;
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        /** While true, disputes described as needing the store fail every attempt: the store is away. */
        final java.util.concurrent.atomic.AtomicBoolean storeDown = new java.util.concurrent.atomic.AtomicBoolean();
        /** While true, disputes described as hitting a bug fail every attempt: the handler has a bug. */
        final java.util.concurrent.atomic.AtomicBoolean bug = new java.util.concurrent.atomic.AtomicBoolean();

        Effects(MongoTemplate mongo, Tracer tracer) {
            this.mongo = mongo;
            this.tracer = tracer;
        }

        /** The sizes of the batches handed over, as they came. */
        final java.util.List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** A batch's effects: all or, while the store is away and one of them needs it, none. */
        @SuppressWarnings("unchecked")
        void applyAll(java.util.List<InboundEvent<? extends org.fengqiao.events.PlatformEvent>> events) {
            batches.add(events.size());
            for (InboundEvent<?> event : events) {
                attempts.computeIfAbsent(event.envelope().id(), id -> new AtomicInteger()).incrementAndGet();
                if (((DisputeReported) event.payload()).description().startsWith("needs the store") && storeDown.get()) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("the store is away");
                }
                if (((DisputeReported) event.payload()).description().startsWith("hits a bug") && bug.get()) {
                    throw new IllegalStateException("a bug in the batch handler");
                }
            }
            for (InboundEvent<?> event : events) {
                try {
                    mongo.insert(new Document("_id", DerivedIds.of(event.envelope().id()))
                            .append("offset", event.position() == null ? null : event.position().offset()), "batch_effects");
                } catch (DuplicateKeyException alreadyApplied) {
                    // the same event again
                }
            }
        }

        void apply(InboundEvent<DisputeReported> event) {
            int attempt = attempts.computeIfAbsent(event.envelope().id(), id -> new AtomicInteger()).incrementAndGet();
            if (event.payload().description().startsWith("needs the store") && storeDown.get()) {
                throw new org.springframework.dao.DataAccessResourceFailureException("the store is away (attempt " + attempt + ")");
            }
            if (event.payload().description().startsWith("hits a bug") && bug.get()) {
                throw new IllegalStateException("a bug in the handler (attempt " + attempt + ")");
            }
            if (event.payload().description().startsWith("flaky") && attempt <= 2) {
                throw new IllegalStateException("store briefly unavailable (attempt " + attempt + ")");
            }
            try {
                mongo.insert(new Document("_id", DerivedIds.of(event.envelope().id()))
                        .append("disputeId", event.payload().disputeId())
                        .append("correlationId", event.envelope().correlationId())
                        .append("readFrom", event.position() == null ? null : event.position().partitionName())
                        .append("offset", event.position() == null ? null : event.position().offset())
                        .append("traceId", tracer.currentSpan() == null ? null : tracer.currentSpan().context().traceId()), "effects");
            } catch (DuplicateKeyException alreadyApplied) {
                // the same event again: its effect is already there
            }
        }
    }
}
