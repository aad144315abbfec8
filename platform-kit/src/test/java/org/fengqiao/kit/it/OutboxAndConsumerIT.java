package org.fengqiao.kit.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.messaging.DeadLetterReplay;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.observability.CorrelationContext;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.outbox.ParkedEvents;
import org.fengqiao.kit.outbox.PendingEvent;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = KitTestApplication.class, properties = {
        "spring.application.name=kit-it",
        "spring.cloud.function.definition=disputeEvents",
        "spring.cloud.stream.bindings.disputeEvents-in-0.destination=dispute.events",
        "spring.cloud.stream.bindings.disputeEvents-in-0.group=kit-it",
        "spring.cloud.stream.kafka.bindings.disputeEvents-in-0.consumer.dlq-name=dispute.events.kit-it.dlt",
        "platform.outbox.poll-interval=PT0.2S",
        "platform.outbox.sweep-interval=PT1S",
        "platform.messaging.transient-max-interval=PT1S"})
class OutboxAndConsumerIT {

    private static final String DLT = Topics.deadLetterTopic(Topics.DISPUTE_EVENTS, "kit-it");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "kit-it");
    }

    @Autowired
    ParcelRepository parcels;
    @Autowired
    OutboxStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KitTestApplication.Effects effects;
    @Autowired
    DeadLetterReplay replay;
    @Autowired
    ParkedEvents parkedEvents;
    @Autowired
    Tracer tracer;
    @Autowired
    org.fengqiao.kit.outbox.OutboxRelay relay;

    private final TopicProbe probe = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());
    /** The test's parcels raise the published record itself: their contract publishes it as it is. */
    private static final Contract<DisputeReported> AS_PUBLISHED = List::of;

    @Test
    void an_event_saved_with_its_state_change_is_published_as_a_cloud_event_and_then_leaves_the_document() {
        DisputeReported event = dispute("wages unpaid for two months");
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(event.disputeId());
        CorrelationContext.run("flow-42", null, () -> {
            parcel.setState("REPORTED");
            store.save(parcel, () -> List.of(event), AS_PUBLISHED);
        });

        ConsumerRecord<String, byte[]> record = probe.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(15),
                r -> event.disputeId().equals(r.key()));

        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("DisputeReported");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/kit-it");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(event.disputeId());
        assertThat(TopicProbe.header(record, "ce_correlationid")).isEqualTo("flow-42");
        assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
        assertThat(TopicProbe.header(record, "ce_time")).as("the event's own time").isEqualTo("2026-03-02T08:15:30Z");
        assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/json");
        assertThat(EventJson.read(record.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED)).isEqualTo(event);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> parcels.findById(event.disputeId()).orElseThrow().getPendingEvents().isEmpty());
        assertThat(parcels.findById(event.disputeId()).orElseThrow().getState()).isEqualTo("REPORTED");
    }

    @Test
    void new_documents_inserted_together_are_each_written_with_their_events_and_one_whose_id_is_taken_is_left_out() {
        DisputeReported taken = dispute("already stored");
        ParcelDocument existing = new ParcelDocument();
        existing.setId(taken.disputeId());
        existing.setState("STORED BEFORE");
        store.save(existing);
        List<DisputeReported> reports = List.of(dispute("first of three"), taken, dispute("third of three"));
        List<ParcelDocument> batch = reports.stream().map(report -> {
            ParcelDocument parcel = new ParcelDocument();
            parcel.setId(report.disputeId());
            parcel.setState("INSERTED TOGETHER");
            return parcel;
        }).toList();

        List<Boolean> inserted = store.insertAll(batch, reports.stream().<RaisesEvents<DisputeReported>>map(r -> () -> List.of(r)).toList(),
                AS_PUBLISHED);

        assertThat(inserted).containsExactly(true, false, true);
        List<String> published = await().atMost(Duration.ofSeconds(15)).until(() -> probe.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(1))
                .stream().filter(r -> reports.stream().anyMatch(d -> d.disputeId().equals(r.key())))
                .map(r -> EventJson.read(r.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED).description()).toList(),
                descriptions -> descriptions.size() >= 2);
        assertThat(published).containsExactlyInAnyOrder("first of three", "third of three");
        assertThat(parcels.findById(taken.disputeId()).orElseThrow().getState()).as("left as it was").isEqualTo("STORED BEFORE");
        await().atMost(Duration.ofSeconds(10)).until(() -> parcels.findById(reports.get(0).disputeId()).orElseThrow().getPendingEvents().isEmpty());
        ParcelDocument first = parcels.findById(reports.get(0).disputeId()).orElseThrow();
        assertThat(first.getState()).isEqualTo("INSERTED TOGETHER");
        assertThat(first.getVersion()).as("written once, as a save writes a new document").isEqualTo(0L);
    }

    @Test
    void a_change_saved_before_the_relay_ran_keeps_the_earlier_unpublished_event() {
        DisputeReported first = dispute("first report");
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(first.disputeId());
        parcel.setState("REPORTED");
        store.save(parcel, () -> List.of(first), AS_PUBLISHED);
        ParcelDocument reloaded = parcels.findById(first.disputeId()).orElseThrow();
        reloaded.setPendingEvents(null);
        DisputeReported second = new DisputeReported(first.disputeId(), "GC-102", first.category(), first.parties(),
                "second report of the same case", 3, first.reporter(), first.reportedAt());
        store.save(reloaded, () -> List.of(second), AS_PUBLISHED);

        List<ConsumerRecord<String, byte[]>> published = probe.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> first.disputeId().equals(r.key())).toList();
        assertThat(published).extracting(r -> EventJson.read(r.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED).description())
                .containsExactly("first report", "second report of the same case");
    }

    @Test
    void the_consumer_s_work_joins_the_trace_the_event_was_raised_in() {
        DisputeReported event = dispute("raised inside a traced request");
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(event.disputeId());
        parcel.setState("REPORTED");
        Span request = tracer.nextSpan().name("a request").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            store.save(parcel, () -> List.of(event), AS_PUBLISHED);
        } finally {
            request.end();
        }

        ConsumerRecord<String, byte[]> record = probe.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(15),
                r -> event.disputeId().equals(r.key()));
        assertThat(TopicProbe.header(record, "traceparent")).as("the trace travels with the record")
                .contains(request.context().traceId());
        String effectId = DerivedIds.of(TopicProbe.header(record, "ce_id"));
        Document effect = await().atMost(Duration.ofSeconds(15))
                .until(() -> mongo.findById(effectId, Document.class, "effects"), java.util.Objects::nonNull);
        assertThat(effect.getString("traceId")).as("the consumer handled it inside the same trace")
                .isEqualTo(request.context().traceId());
    }

    @Test
    void a_document_holds_no_events_of_its_own_they_come_from_the_aggregate() {
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(UUID.randomUUID().toString());
        parcel.setPendingEvents(List.of(PendingEvent.of(dispute("slipped in by hand"), Map.of(), null, null)));

        assertThatThrownBy(() -> store.save(parcel)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save(parcel, List::of, AS_PUBLISHED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(parcels.findById(parcel.getId())).isEmpty();
    }

    @Test
    void a_document_nobody_handed_to_the_relay_is_found_by_its_sweep_and_published() {
        DisputeReported event = dispute("written before a crash, never handed over");
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(event.disputeId());
        parcel.setState("REPORTED");
        parcel.setPendingEvents(List.of(PendingEvent.of(event, Map.of(), null, null)));
        // straight into the store, as a crash between the write and the hand-over would leave it
        mongo.insert(parcel);

        ConsumerRecord<String, byte[]> record = probe.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(15),
                r -> event.disputeId().equals(r.key()));

        assertThat(EventJson.read(record.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED).description())
                .isEqualTo("written before a crash, never handed over");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> parcels.findById(event.disputeId()).orElseThrow().getPendingEvents().isEmpty());
    }

    @Test
    void a_sweep_leaves_another_replicas_fresh_events_to_that_replicas_relay_and_takes_its_own_and_the_abandoned() {
        java.time.Instant now = java.time.Instant.now();
        Map<String, PendingEvent> written = new java.util.LinkedHashMap<>();
        written.put("another replica's, just written", writtenBy("another-replica", now, "just written by another replica"));
        written.put("another replica's, a while ago", writtenBy("another-replica", now.minus(Duration.ofMinutes(2)), "abandoned by another replica"));
        written.put("this replica's, before a crash", writtenBy(relay.instanceId(), now, "written here before a crash"));
        written.values().forEach(event -> {
            ParcelDocument parcel = new ParcelDocument();
            parcel.setId(event.key());
            parcel.setState("REPORTED");
            parcel.setPendingEvents(List.of(event));
            // straight into the store, never handed to this relay
            mongo.insert(parcel);
        });

        java.util.Set<String> keys = written.values().stream().map(PendingEvent::key).collect(java.util.stream.Collectors.toSet());
        // the sweep runs every second here: five sweeps and more
        java.util.Set<String> published = probe.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(6)).stream().map(ConsumerRecord::key)
                .filter(keys::contains).collect(java.util.stream.Collectors.toSet());

        assertThat(published).containsExactlyInAnyOrder(written.get("another replica's, a while ago").key(),
                written.get("this replica's, before a crash").key());
        assertThat(parcels.findById(written.get("another replica's, just written").key()).orElseThrow().getPendingEvents())
                .as("left to the replica that wrote it").hasSize(1);
    }

    private static PendingEvent writtenBy(String instance, java.time.Instant at, String description) {
        return PendingEvent.of(dispute(description), Map.of(), instance, at);
    }

    @Test
    void many_aggregates_written_at_once_are_published_together_each_with_its_events_in_order() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            DisputeReported first = dispute("first of " + i);
            ParcelDocument parcel = new ParcelDocument();
            parcel.setId(first.disputeId());
            List<DisputeReported> reports = new java.util.ArrayList<>();
            for (String step : List.of("first of ", "second of ", "third of ")) {
                reports.add(new DisputeReported(first.disputeId(), "GC-101", first.category(), first.parties(), step + i, 2,
                        first.reporter(), first.reportedAt()));
            }
            store.save(parcel, () -> reports, AS_PUBLISHED);
            ids.add(first.disputeId());
        }

        java.util.Map<String, List<String>> published = await().atMost(Duration.ofSeconds(30)).until(
                () -> probe.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(1)).stream().filter(r -> ids.contains(r.key()))
                        .collect(java.util.stream.Collectors.groupingBy(ConsumerRecord::key, java.util.stream.Collectors.mapping(
                                r -> EventJson.read(r.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED).description(),
                                java.util.stream.Collectors.toList()))),
                byAggregate -> byAggregate.size() == ids.size() && byAggregate.values().stream().allMatch(events -> events.size() >= 3));

        for (int i = 0; i < ids.size(); i++) {
            assertThat(published.get(ids.get(i))).as("events of aggregate %d", i)
                    .containsExactly("first of " + i, "second of " + i, "third of " + i);
        }
    }

    @Test
    void an_event_the_broker_can_never_take_is_parked_with_its_reason_and_the_aggregates_next_event_still_goes_out() {
        DisputeReported huge = dispute("x".repeat(1_200_000));
        DisputeReported next = new DisputeReported(huge.disputeId(), "GC-101", huge.category(), huge.parties(), "after the huge one", 2,
                huge.reporter(), huge.reportedAt());
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(huge.disputeId());
        store.save(parcel, () -> List.of(huge, next), AS_PUBLISHED);

        ConsumerRecord<String, byte[]> published = probe.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(15), r -> huge.disputeId().equals(r.key()));
        assertThat(EventJson.read(published.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED).description()).isEqualTo("after the huge one");
        await().atMost(Duration.ofSeconds(10)).until(() -> parcels.findById(huge.disputeId()).orElseThrow().getPendingEvents().isEmpty());
        assertThat(parkedEvents.list(100)).filteredOn(p -> huge.disputeId().equals(p.key())).singleElement().satisfies(p -> {
            assertThat(p.collection()).isEqualTo("parcels");
            assertThat(p.type()).isEqualTo("DisputeReported");
            assertThat(p.parkedBecause()).startsWith("RecordTooLargeException");
            assertThat(p.parkedAt()).isNotNull();
        });
        assertThat(meters.counter("outbox.events.parked", "type", "DisputeReported").count()).isGreaterThanOrEqualTo(1);

        ParcelDocument reloaded = parcels.findById(huge.disputeId()).orElseThrow();
        reloaded.setState("CHANGED");
        store.save(reloaded);
        assertThat(parkedEvents.list(100)).as("a later write keeps what is parked").filteredOn(p -> huge.disputeId().equals(p.key())).hasSize(1);
    }

    @Test
    void a_writer_holding_a_stale_version_is_refused_and_changes_nothing() {
        ParcelDocument parcel = new ParcelDocument();
        parcel.setId(UUID.randomUUID().toString());
        parcel.setState("FIRST");
        store.save(parcel);
        ParcelDocument first = parcels.findById(parcel.getId()).orElseThrow();
        ParcelDocument second = parcels.findById(parcel.getId()).orElseThrow();
        first.setPendingEvents(null);
        first.setState("SECOND");
        store.save(first);

        second.setPendingEvents(null);
        second.setState("LOST UPDATE");
        assertThatThrownBy(() -> store.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        ParcelDocument stored = parcels.findById(parcel.getId()).orElseThrow();
        assertThat(stored.getState()).isEqualTo("SECOND");
        assertThat(stored.getVersion()).isEqualTo(1L);
    }

    @Test
    void malformed_json_goes_once_to_the_dead_letter_topic_with_its_headers_and_the_next_record_is_handled() {
        String badId = UUID.randomUUID().toString();
        DisputeReported good = dispute("a neighbour quarrel");
        // same key, same partition: the good record queues right behind the bad one
        probe.send(Topics.DISPUTE_EVENTS, good.disputeId(), "{not json".getBytes(UTF_8), headers(badId, "DisputeReported"));
        String goodId = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, good.disputeId(), EventJson.write(good).getBytes(UTF_8), headers(goodId, "DisputeReported"));

        ConsumerRecord<String, byte[]> dead = probe.await(DLT, Duration.ofSeconds(20), r -> badId.equals(TopicProbe.header(r, "ce_id")));

        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{not json");
        assertThat(TopicProbe.header(dead, "ce_type")).isEqualTo("DisputeReported");
        assertThat(TopicProbe.header(dead, "ce_correlationid")).isEqualTo("corr-" + badId);
        assertThat(exceptionHeaders(dead)).contains("EventRejectedException");
        await().atMost(Duration.ofSeconds(20)).until(() -> effectOf(goodId) != null);
        List<ConsumerRecord<String, byte[]>> deadCopies = probe.readFor(DLT, Duration.ofSeconds(2)).stream()
                .filter(r -> badId.equals(TopicProbe.header(r, "ce_id"))).toList();
        assertThat(deadCopies).as("dead-lettered exactly once").hasSize(1);
    }

    @Test
    void an_unknown_event_type_is_dead_lettered_without_retries() {
        String id = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, "x", "{}".getBytes(UTF_8), headers(id, "DisputeTeleported"));

        ConsumerRecord<String, byte[]> dead = probe.await(DLT, Duration.ofSeconds(20), r -> id.equals(TopicProbe.header(r, "ce_id")));

        assertThat(exceptionHeaders(dead)).contains("DisputeTeleported");
        assertThat(meters.counter("platform.events.consumed", "consumer", "kit-it", "type", "DisputeTeleported", "outcome", "rejected").count())
                .as("attempts at the poison record").isEqualTo(1.0);
    }

    @Test
    void a_transient_failure_is_retried_and_then_handled_once() {
        DisputeReported flaky = dispute("flaky store");
        String id = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, flaky.disputeId(), EventJson.write(flaky).getBytes(UTF_8), headers(id, "DisputeReported"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effectOf(id) != null);
        assertThat(effectOf(id).getString("correlationId")).isEqualTo("corr-" + id);
        assertThat(effectOf(id).getString("readFrom")).as("the handler knows where the record was read").startsWith(Topics.DISPUTE_EVENTS + "-");
        assertThat(effectOf(id).getLong("offset")).isNotNegative();
    }

    @Test
    void while_the_store_is_away_a_record_waits_and_is_handled_once_it_is_back_never_dead_lettered() {
        effects.storeDown.set(true);
        DisputeReported event = dispute("needs the store, which is away");
        String id = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), EventJson.write(event).getBytes(UTF_8), headers(id, "DisputeReported"));
        DisputeReported behind = dispute("same dispute, right behind it");
        String behindId = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), EventJson.write(behind).getBytes(UTF_8), headers(behindId, "DisputeReported"));

        // well past the attempts any other failure gets (4) before it is dead-lettered
        await().atMost(Duration.ofSeconds(30)).until(() -> effects.attempts.getOrDefault(id, new AtomicInteger()).get() >= 8);
        assertThat(effectOf(behindId)).as("the records behind it wait: one key, one order").isNull();
        effects.storeDown.set(false);

        await().atMost(Duration.ofSeconds(20)).until(() -> effectOf(id) != null && effectOf(behindId) != null);
        assertThat(probe.readFor(DLT, Duration.ofSeconds(2))).noneMatch(r -> id.equals(TopicProbe.header(r, "ce_id")));
    }

    @Test
    void a_record_that_exhausted_its_retries_is_handled_once_its_dead_letter_is_replayed_into_its_own_consumer() {
        effects.bug.set(true);
        DisputeReported event = dispute("hits a bug in the handler");
        String id = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), EventJson.write(event).getBytes(UTF_8), headers(id, "DisputeReported"));
        ConsumerRecord<String, byte[]> dead = probe.await(DLT, Duration.ofSeconds(30), r -> id.equals(TopicProbe.header(r, "ce_id")));
        assertThat(effectOf(id)).isNull();
        assertThat(effects.attempts.get(id).get()).as("attempts before it was dead-lettered").isEqualTo(4);
        assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo(Topics.DISPUTE_EVENTS);
        assertThat(TopicProbe.header(dead, "x-exception-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(TopicProbe.header(dead, "x-exception-message")).startsWith("a bug in the handler");

        // replayed before the cause is fixed: it fails again and waits in the dead-letter topic for the next replay
        DeadLetterReplay.Result early = replay.replay(DLT);
        assertThat(early.failedAgain()).isPositive();
        assertThat(effectOf(id)).isNull();
        assertThat(probe.readFor(DLT, Duration.ofSeconds(3)).stream().filter(r -> id.equals(TopicProbe.header(r, "ce_id"))))
                .as("the record, dead-lettered again with where it came from").hasSize(2)
                .allMatch(r -> Topics.DISPUTE_EVENTS.equals(TopicProbe.header(r, "x-original-topic")));

        effects.bug.set(false);
        DeadLetterReplay.Result result = replay.replay(DLT);

        assertThat(result.replayed()).isPositive();
        assertThat(effectOf(id)).as("handled by the consumer it failed in, during the replay").isNotNull();
        assertThat(effectOf(id).getString("correlationId")).isEqualTo("corr-" + id);
        assertThat(effectOf(id).getString("readFrom")).as("read from the dead-letter topic").startsWith(DLT + "-");
        assertThat(probe.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(3)).stream().filter(r -> id.equals(TopicProbe.header(r, "ce_id"))))
                .as("the topic it came from, which the consumer's service does not own: nothing written back").hasSize(1);
        assertThat(replay.replay(DLT).replayed()).as("each dead letter is replayed once").isZero();
    }

    @Test
    void a_dead_letter_topic_no_binding_of_the_service_has_cannot_be_replayed() {
        assertThatThrownBy(() -> replay.replay("patrol.events.someone-else.dlt")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_same_event_delivered_twice_has_one_effect() {
        DisputeReported event = dispute("delivered twice");
        String id = UUID.randomUUID().toString();
        byte[] payload = EventJson.write(event).getBytes(UTF_8);
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), payload, headers(id, "DisputeReported"));
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), payload, headers(id, "DisputeReported"));
        DisputeReported marker = dispute("marker after the duplicate");
        String markerId = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, event.disputeId(), EventJson.write(marker).getBytes(UTF_8), headers(markerId, "DisputeReported"));

        await().atMost(Duration.ofSeconds(20)).until(() -> effectOf(markerId) != null);
        long effects = mongo.getCollection("effects").countDocuments(new Document("disputeId", event.disputeId()));
        assertThat(effects).isEqualTo(1);
    }

    private Document effectOf(String eventId) {
        return mongo.getCollection("effects").find(new Document("_id", DerivedIds.of(eventId))).first();
    }

    private static String exceptionHeaders(ConsumerRecord<String, byte[]> record) {
        StringBuilder all = new StringBuilder();
        record.headers().forEach(h -> {
            if (h.key().contains("exception")) {
                all.append(h.key()).append('=').append(new String(h.value(), UTF_8)).append('\n');
            }
        });
        return all.toString();
    }

    static String[] headers(String id, String type) {
        return new String[] {"ce_specversion", "1.0", "ce_id", id, "ce_source", "/test", "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_correlationid", "corr-" + id, "content-type", "application/json"};
    }

    static DisputeReported dispute(String description) {
        return new DisputeReported(UUID.randomUUID().toString(), "GC-101", DisputeCategory.NEIGHBOUR,
                List.of(new Party("Flat 3-201", "neighbour")), description, 2,
                new Reporter("GW-0001", ReporterRole.GRID_WORKER), Instant.parse("2026-03-02T08:15:30Z"));
    }
}
