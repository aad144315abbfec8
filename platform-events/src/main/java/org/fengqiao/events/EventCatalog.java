package org.fengqiao.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.events.citizen.ServicePointRegistered;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.events.patrol.PatrolTeamRegistered;

/**
 * Every event type the platform publishes. A type not listed here is unknown to consumers and is
 * dead-lettered.
 */
public final class EventCatalog {

    public static final EventType<DisputeReported> DISPUTE_REPORTED =
            new EventType<>("DisputeReported", Topics.DISPUTE_EVENTS, 1, DisputeReported.class);
    public static final EventType<PatrolTeamRegistered> PATROL_TEAM_REGISTERED =
            new EventType<>("PatrolTeamRegistered", Topics.PATROL_EVENTS, 1, PatrolTeamRegistered.class);
    public static final EventType<ServicePointRegistered> SERVICE_POINT_REGISTERED =
            new EventType<>("ServicePointRegistered", Topics.CITIZEN_EVENTS, 1, ServicePointRegistered.class);
    public static final EventType<NotificationSent> NOTIFICATION_SENT =
            new EventType<>("NotificationSent", Topics.NOTIFICATION_EVENTS, 1, NotificationSent.class);

    public static final List<EventType<?>> ALL =
            List.of(DISPUTE_REPORTED, PATROL_TEAM_REGISTERED, SERVICE_POINT_REGISTERED, NOTIFICATION_SENT);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_RECORD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @SuppressWarnings("unchecked")
    public static <T extends PlatformEvent> EventType<T> of(T event) {
        EventType<?> type = BY_RECORD.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("not a published event type: " + event.getClass().getName());
        }
        return (EventType<T>) type;
    }

    private EventCatalog() {
    }
}
