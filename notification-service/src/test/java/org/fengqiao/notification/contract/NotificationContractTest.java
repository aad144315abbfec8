package org.fengqiao.notification.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.notification.NotificationEvent;
import org.fengqiao.events.notification.NotificationFailed;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.notification.notification.model.AlertChanged;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.notification.model.NotificationChanged;
import org.fengqiao.notification.rules.model.Urgency;
import org.junit.jupiter.api.Test;

/** notification-service's published language: what each of its events is published as, and which changes raise them. */
class NotificationContractTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** One event of every kind, the n-th happening n seconds after the first. */
    private static final List<DomainEvent> ONE_OF_EACH = List.of(
            new NotificationChanged.NotificationSent("n-1", "CO-02", Channel.EMAIL, "e-1", "DisputeReported", T0),
            new NotificationChanged.NotificationDelivered("n-1", "CO-02", Channel.EMAIL, 1, 0, T0.plusSeconds(1)),
            new NotificationChanged.NotificationFailed("n-2", "CO-03", Channel.WEBHOOK, 5, "503 Service Unavailable", T0.plusSeconds(2)),
            new AlertChanged.NotificationAcknowledged("a-1", "n-3", "PO-01", "e-2", "IncidentReported", T0.minusSeconds(60),
                    T0.plusSeconds(3)));

    private final NotificationContract contract = new NotificationContract();

    @Test
    void every_kind_of_event_is_published_as_the_record_of_its_name_at_its_own_time() {
        List<Class<?>> kinds = new ArrayList<>(Arrays.asList(NotificationChanged.class.getPermittedSubclasses()));
        kinds.addAll(Arrays.asList(AlertChanged.class.getPermittedSubclasses()));
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
                .as("one of each kind").containsExactlyInAnyOrderElementsOf(kinds);
        for (int n = 0; n < ONE_OF_EACH.size(); n++) {
            DomainEvent event = ONE_OF_EACH.get(n);
            assertThat(contract.publish(event)).as(event.getClass().getSimpleName()).singleElement().satisfies(record -> {
                assertThat(record.getClass().getSimpleName()).isEqualTo(event.getClass().getSimpleName());
                assertThat(record.occurredAt()).as("its ce_time").isEqualTo(event.occurredAt());
                assertThat(EventJson.read(EventJson.write(record).getBytes(StandardCharsets.UTF_8), EventCatalog.of(record)))
                        .as("reads back the same under its contract").isEqualTo(record);
            });
            assertThat(event.occurredAt()).isEqualTo(T0.plusSeconds(n));
        }
        assertThat(ONE_OF_EACH.stream().map(e -> e.getClass().getSimpleName()))
                .as("every record of notification.events has its event").containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream()
                        .filter(type -> type.topic().equals(Topics.NOTIFICATION_EVENTS)).map(EventType::name).toList());
    }

    @Test
    void a_notification_raises_sent_when_stored_delivered_when_delivered_and_failed_only_when_parked() {
        Notification email = Notification.create("n-1", null, "CO-02", Channel.EMAIL, Urgency.ROUTINE, "dispute-reported", "New dispute",
                "A wage dispute in GC-103", "d-1", "e-1", "DisputeReported", T0, T0);

        assertThat(email.creationEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly("NotificationSent");
        Notification.Changed delivered = email.deliver(T0.plusSeconds(2));
        assertThat(delivered.events()).containsExactly(
                new NotificationChanged.NotificationDelivered("n-1", "CO-02", Channel.EMAIL, 1, 0, T0.plusSeconds(2)));
        assertThat(email.fail("timeout", T0.plusSeconds(60), T0.plusSeconds(2)).events()).as("retried later: nothing yet").isEmpty();
        List<NotificationEvent> parked = email.fail("timeout", null, T0.plusSeconds(2)).events().stream()
                .flatMap(e -> contract.publish(e).stream()).toList();
        assertThat(parked).containsExactly(new NotificationFailed("n-1", "CO-02", Channel.EMAIL, 1, "timeout", T0.plusSeconds(2)));
    }
}
