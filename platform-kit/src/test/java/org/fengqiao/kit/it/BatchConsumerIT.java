package org.fengqiao.kit.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.messaging.DeadLetterReplay;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A consumer in batch mode ({@code EventBatchConsumer}) over the real broker: what a poll's records become, and what their failures do. */
@SpringBootTest(classes = KitTestApplication.class, properties = {
        "spring.application.name=kit-it-batch",
        "spring.cloud.function.definition=disputeBatches",
        "spring.cloud.stream.bindings.disputeBatches-in-0.destination=dispute.events",
        "spring.cloud.stream.bindings.disputeBatches-in-0.group=kit-it-batch",
        "spring.cloud.stream.bindings.disputeBatches-in-0.consumer.batch-mode=true",
        "spring.cloud.stream.bindings.disputeBatches-in-0.consumer.use-native-decoding=true",
        "spring.cloud.stream.kafka.bindings.disputeBatches-in-0.consumer.dlq-name=dispute.events.kit-it-batch.dlt",
        "platform.messaging.transient-max-interval=PT1S"})
class BatchConsumerIT {

    private static final String DLT = Topics.deadLetterTopic(Topics.DISPUTE_EVENTS, "kit-it-batch");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "kit-it-batch");
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KitTestApplication.Effects effects;
    @Autowired
    DeadLetterReplay replay;

    private final TopicProbe probe = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    @AfterEach
    void storeBack() {
        effects.storeDown.set(false);
        effects.bug.set(false);
    }

    @Test
    void records_that_waited_for_the_store_are_handed_over_together_once_it_is_back_each_handled_once_never_dead_lettered() {
        effects.storeDown.set(true);
        DisputeReported first = OutboxAndConsumerIT.dispute("needs the store, which is away");
        List<String> ids = new ArrayList<>();
        ids.add(send(first.disputeId(), first));
        for (int i = 0; i < 9; i++) {
            ids.add(send(first.disputeId(), OutboxAndConsumerIT.dispute("right behind it, " + i)));
        }

        // well past the attempts any other failure gets before it is dead-lettered
        await().atMost(Duration.ofSeconds(30)).until(() -> effects.attempts.getOrDefault(ids.get(0), new AtomicInteger()).get() >= 6);
        assertThat(ids).allMatch(id -> effectOf(id) == null);
        effects.storeDown.set(false);

        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> effectOf(id) != null));
        assertThat(effects.batches).as("the ten records read in one poll, handed over in one call").contains(10);
        List<Long> offsets = ids.stream().map(id -> effectOf(id).getLong("offset")).toList();
        assertThat(offsets).as("each knows where it was read, in the topic's order").isSorted().doesNotHaveDuplicates();
        assertThat(probe.readFor(DLT, Duration.ofSeconds(2))).noneMatch(r -> ids.contains(TopicProbe.header(r, "ce_id")));
    }

    @Test
    void a_poison_record_among_others_goes_once_to_the_dead_letter_topic_and_those_around_it_are_handled() {
        effects.storeDown.set(true);
        DisputeReported before = OutboxAndConsumerIT.dispute("needs the store, before the poison");
        String beforeId = send(before.disputeId(), before);
        String badId = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, before.disputeId(), "{not json".getBytes(UTF_8), OutboxAndConsumerIT.headers(badId, "DisputeReported"));
        String afterId = send(before.disputeId(), OutboxAndConsumerIT.dispute("after the poison"));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects.attempts.getOrDefault(beforeId, new AtomicInteger()).get() >= 3);
        effects.storeDown.set(false);

        ConsumerRecord<String, byte[]> dead = probe.await(DLT, Duration.ofSeconds(20), r -> badId.equals(TopicProbe.header(r, "ce_id")));
        await().atMost(Duration.ofSeconds(20)).until(() -> effectOf(beforeId) != null && effectOf(afterId) != null);

        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{not json");
        assertThat(TopicProbe.header(dead, "x-exception-fqcn")).isEqualTo("org.fengqiao.kit.messaging.EventRejectedException");
        assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo(Topics.DISPUTE_EVENTS);
        assertThat(probe.readFor(DLT, Duration.ofSeconds(2)).stream().filter(r -> badId.equals(TopicProbe.header(r, "ce_id"))))
                .as("dead-lettered exactly once").hasSize(1);
        assertThat(probe.readFor(DLT, Duration.ofSeconds(1))).noneMatch(r -> beforeId.equals(TopicProbe.header(r, "ce_id"))
                || afterId.equals(TopicProbe.header(r, "ce_id")));
    }

    @Test
    void a_record_the_handler_keeps_failing_on_is_dead_lettered_and_handled_once_replayed_after_the_fix() {
        effects.bug.set(true);
        DisputeReported event = OutboxAndConsumerIT.dispute("hits a bug in the handler");
        String id = send(event.disputeId(), event);
        ConsumerRecord<String, byte[]> dead = probe.await(DLT, Duration.ofSeconds(30), r -> id.equals(TopicProbe.header(r, "ce_id")));
        assertThat(TopicProbe.header(dead, "x-exception-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(TopicProbe.header(dead, "x-exception-message")).startsWith("a bug in the batch handler");
        assertThat(effectOf(id)).isNull();

        effects.bug.set(false);
        DeadLetterReplay.Result replayed = replay.replay(DLT);

        assertThat(replayed.replayed()).isPositive();
        assertThat(effectOf(id)).as("handled by the batch consumer's own handler").isNotNull();
    }

    @Test
    void a_service_whose_batch_binding_would_convert_the_records_does_not_start() {
        SpringApplicationBuilder misconfigured = new SpringApplicationBuilder(KitTestApplication.class).properties(
                "spring.application.name=kit-it-batch-misconfigured",
                "server.port=0",
                "spring.cloud.function.definition=disputeBatches",
                "spring.cloud.stream.bindings.disputeBatches-in-0.destination=dispute.events",
                "spring.cloud.stream.bindings.disputeBatches-in-0.group=kit-it-batch-misconfigured",
                "spring.cloud.stream.bindings.disputeBatches-in-0.consumer.batch-mode=true",
                "spring.cloud.stream.kafka.binder.brokers=" + EmbeddedInfrastructure.kafkaBrokers(),
                "spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri("kit-it-batch-misconfigured"));

        assertThatThrownBy(misconfigured::run).isInstanceOf(IllegalStateException.class).hasMessage("binding disputeBatches-in-0 feeds an EventBatchConsumer and needs "
                + "spring.cloud.stream.bindings.disputeBatches-in-0.consumer.batch-mode=true and .use-native-decoding=true "
                + "(batch-mode true, use-native-decoding false)");
    }

    private String send(String key, DisputeReported event) {
        String id = UUID.randomUUID().toString();
        probe.send(Topics.DISPUTE_EVENTS, key, EventJson.write(event).getBytes(UTF_8), OutboxAndConsumerIT.headers(id, "DisputeReported"));
        return id;
    }

    private Document effectOf(String eventId) {
        return mongo.getCollection("batch_effects").find(new Document("_id", DerivedIds.of(eventId))).first();
    }
}
