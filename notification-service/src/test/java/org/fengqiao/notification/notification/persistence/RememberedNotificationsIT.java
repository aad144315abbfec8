package org.fengqiao.notification.notification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.StoreQueries;
import org.fengqiao.kit.test.TestClock;
import org.fengqiao.notification.NotificationServiceApplication;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A notification's next write after this instance wrote it (its claim, its outcome) starts from
 * the document kept in memory instead of reading it again, and another replica's write in between
 * is never overwritten: the remembered version no longer matches, so the store's is read.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class, TestClock.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = TestClock.STARTS_AT + RememberedNotificationsIT.START_AT)
class RememberedNotificationsIT {

    static final String START_AT = "2026-06-18T14:40:00Z";
    /** Later than the service's own clock will reach: its delivery never finds these notifications due. */
    private static final Instant LATER = Instant.parse("2031-01-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notification-remembered");
    }

    @Autowired
    MongoNotifications notifications;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxStore store;
    @Autowired
    Clock clock;
    @Autowired
    Contract<DomainEvent> contract;

    @Test
    void an_e_mail_created_claimed_and_sent_here_is_written_three_times_and_read_never() {
        Notification email = email();
        StoreQueries.recorded().reset();

        assertThat(notifications.addAllIfAbsent(List.of(email, inApp()))).containsExactly(true, true);
        assertThat(notifications.claim(email.id(), LATER, LEASE)).isPresent();
        assertThat(notifications.update(email.id(), current -> current.deliver(LATER), true))
                .hasValueSatisfying(n -> assertThat(n.status()).isEqualTo(DeliveryStatus.DELIVERED));

        Map<String, Long> reads = StoreQueries.recorded().in(mongo.getDb().getName()).entrySet().stream()
                .filter(e -> e.getKey().toString().equals("notifications find {\"_id\": \"?\"}"))
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().times().get()));
        // (the outbox relay reads its pass's documents by their ids, with $in: that is not this)
        assertThat(reads).as("reads of the notification by its id between its writes").isEmpty();
        assertThat(mongo.findById(email.id(), NotificationDocument.class).status).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void a_claim_another_replica_took_meanwhile_is_not_taken_again_from_memory() {
        MongoNotifications otherReplica = new MongoNotifications(mongo, store, clock, contract);
        Notification email = email();
        notifications.addAllIfAbsent(List.of(email, inApp()));

        assertThat(otherReplica.claim(email.id(), LATER, LEASE)).as("the other replica claims it").isPresent();

        assertThat(notifications.claim(email.id(), LATER.plusSeconds(1), LEASE)).as("held by the other replica").isEmpty();
    }

    @Test
    void an_outcome_written_after_another_replica_s_write_applies_to_what_that_replica_wrote() {
        MongoNotifications otherReplica = new MongoNotifications(mongo, store, clock, contract);
        Notification email = email();
        notifications.addAllIfAbsent(List.of(email, inApp()));
        notifications.claim(email.id(), LATER, LEASE);
        otherReplica.update(email.id(), current -> current.fail("the SMTP server refused it", LATER.plusSeconds(60), LATER), true);

        notifications.update(email.id(), current -> current.deliver(LATER.plusSeconds(61)), true);

        NotificationDocument stored = mongo.findById(email.id(), NotificationDocument.class);
        assertThat(stored.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(stored.toNotification().attempts()).as("the other replica's failed attempt and this delivery").isEqualTo(2);
    }

    private static Notification email() {
        String id = "n-" + UUID.randomUUID();
        return Notification.create(id, null, "CO-02", Channel.EMAIL, Urgency.ROUTINE, "dispute-reported", "New dispute",
                "Wages unpaid", "dispute-1", "event-" + id, "DisputeReported", LATER.minusSeconds(5), LATER);
    }

    private static Notification inApp() {
        String id = "n-" + UUID.randomUUID();
        return Notification.create(id, null, "CO-02", Channel.IN_APP, Urgency.ROUTINE, "dispute-reported", "New dispute",
                "Wages unpaid", "dispute-1", "event-" + id, "DisputeReported", LATER.minusSeconds(5), LATER);
    }
}
