package org.fengqiao.notification.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.notification.model.NotificationChanged.NotificationDelivered;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delivery loop's in-app and e-mail paths, with an in-memory store that can be made to fail, on the real clock (retries are timed). */
class DeliverNotificationsTest {


    /** Notifications in memory; the next {@code failUpdates} updates fail as if the store were away. */
    static final class InMemoryNotifications implements Notifications {
        final Map<String, Notification> stored = new ConcurrentHashMap<>();
        final List<NotificationDelivered> delivered = new CopyOnWriteArrayList<>();
        final AtomicInteger failUpdates = new AtomicInteger();
        final AtomicInteger failClaims = new AtomicInteger();

        @Override
        public boolean addIfAbsent(Notification notification) {
            return stored.putIfAbsent(notification.id(), notification) == null;
        }

        @Override
        public Optional<Notification> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public synchronized Optional<Notification> update(String id, Function<Notification, Notification.Changed> change, boolean release) {
            if (failUpdates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new org.springframework.dao.DataAccessResourceFailureException("the store is away");
            }
            Notification.Changed changed = change.apply(stored.get(id));
            if (changed == null) {
                return Optional.empty();
            }
            stored.put(id, changed.next());
            changed.events().stream().filter(NotificationDelivered.class::isInstance).map(NotificationDelivered.class::cast)
                    .forEach(delivered::add);
            return Optional.of(changed.next());
        }

        @Override
        public List<Waiting> due(Instant now, int limit) {
            return List.of();
        }

        @Override
        public Optional<Notification> claim(String id, Instant now, Duration lease) {
            if (failClaims.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new org.springframework.dao.DataAccessResourceFailureException("the store is away");
            }
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Notification> ofAlert(String alertId) {
            return List.of();
        }

        @Override
        public InboxPage inbox(String recipientId, DeliveryStatus status, int page, int size) {
            return new InboxPage(List.of(), 0);
        }

        @Override
        public List<Notification> inStatus(DeliveryStatus status, int limit) {
            return List.of();
        }

        @Override
        public List<Notification> parked(int limit) {
            return List.of();
        }
    }

    /** A channel that records whom it told what: the in-app inbox's live stream (delivered by storing) or e-mail. */
    record RecordingChannel(Channel channel, boolean deliveredByStoring, List<String> told) implements ChannelSender {

        RecordingChannel(Channel channel, boolean deliveredByStoring) {
            this(channel, deliveredByStoring, new CopyOnWriteArrayList<>());
        }

        @Override
        public void send(Notification notification, Recipient recipient) {
            told.add(notification.id() + " to " + recipient.id());
        }
    }

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final RecordingChannel stream = new RecordingChannel(Channel.IN_APP, true);
    private final RecordingChannel mailbox = new RecordingChannel(Channel.EMAIL, false);
    private final Compose directory = new Compose(null, null, null, null) {
        @Override
        public Recipient recipient(String id) {
            return Recipient.knownById(id);
        }
    };
    private final DeliverNotifications delivery = new DeliverNotifications(notifications, directory, List.of(stream, mailbox), Map.of(),
            java.time.Clock.systemUTC(), new SimpleMeterRegistry(), Duration.ofMillis(50), Duration.ofHours(1), Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        delivery.stop();
    }

    private Notification inApp(String id) {
        Notification notification = created(id, Channel.IN_APP, Instant.now());
        notifications.addIfAbsent(notification);
        return notification;
    }

    private static Notification created(String id, Channel channel, Instant due) {
        return Notification.create(id, null, "CO-02", channel, Urgency.ROUTINE, "dispute-reported",
                "New dispute", "Wages unpaid", "dispute-1", "event-" + id, "DisputeReported", Instant.now(), due);
    }

    @Test
    void an_in_app_notification_due_when_created_is_stored_delivered_and_its_live_stream_told_with_no_second_write() {
        Notification stored = delivery.asCreated(created("n-3", Channel.IN_APP, Instant.now()));
        assertThat(stored.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(stored.attempts()).isEqualTo(1);
        notifications.addIfAbsent(stored);
        delivery.start();
        delivery.created(stored);

        assertThat(stream.told()).containsExactly("n-3 to CO-02");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> notifications.delivered.isEmpty());
        assertThat(notifications.stored.get("n-3").status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void an_in_app_notification_held_by_quiet_hours_or_on_another_channel_is_stored_undelivered_and_delivered_when_due() {
        Notification quiet = delivery.asCreated(created("n-4", Channel.IN_APP, Instant.now().plusMillis(400)));
        Notification mail = delivery.asCreated(created("n-5", Channel.EMAIL, Instant.now()));
        assertThat(quiet.status()).isNotEqualTo(DeliveryStatus.DELIVERED);
        assertThat(mail.status()).isNotEqualTo(DeliveryStatus.DELIVERED);
        notifications.addIfAbsent(quiet);
        notifications.addIfAbsent(mail);
        delivery.start();
        delivery.created(quiet);
        delivery.created(mail);

        await().atMost(Duration.ofSeconds(5)).until(() -> stream.told().size() == 1 && mailbox.told().size() == 1);
        assertThat(notifications.delivered).extracting(NotificationDelivered::notificationId).containsExactlyInAnyOrder("n-4", "n-5");
        assertThat(mailbox.told()).containsExactly("n-5 to CO-02");
    }

    @Test
    void an_e_mail_whose_claim_fails_while_the_store_is_away_is_claimed_again_soon_and_sent_once() {
        notifications.failClaims.set(2);
        Notification mail = created("n-6", Channel.EMAIL, Instant.now());
        notifications.addIfAbsent(mail);
        delivery.start();
        delivery.created(mail);

        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.told().size() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> mailbox.told().size() == 1);
        assertThat(notifications.stored.get("n-6").status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void an_in_app_notification_is_delivered_by_one_write_then_the_live_stream_is_told_once() {
        delivery.start();
        delivery.soon(inApp("n-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> stream.told().size() == 1);
        assertThat(notifications.stored.get("n-1").status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(notifications.delivered).extracting(NotificationDelivered::notificationId).containsExactly("n-1");
        assertThat(stream.told()).containsExactly("n-1 to CO-02");

        delivery.soon(notifications.stored.get("n-1"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> stream.told().size() == 1);
        assertThat(notifications.delivered).as("handed over again when already delivered: nothing more").hasSize(1);
    }

    @Test
    void an_in_app_delivery_whose_write_fails_while_the_store_is_away_is_tried_again_soon_not_left_for_the_sweep() {
        notifications.failUpdates.set(2);
        delivery.start();
        delivery.soon(inApp("n-2"));

        // the sweep runs hourly here: only the delivery loop's own retry can deliver it
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.told().size() == 1);
        assertThat(notifications.stored.get("n-2").status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(notifications.delivered).extracting(NotificationDelivered::notificationId).containsExactly("n-2");
        assertThat(new ArrayList<>(stream.told())).containsExactly("n-2 to CO-02");
    }
}
