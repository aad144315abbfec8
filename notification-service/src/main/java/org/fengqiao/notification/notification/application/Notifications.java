package org.fengqiao.notification.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Urgency;

/** Where notifications are kept; each change is stored with the events it raised, in one write. */
public interface Notifications {

    /**
     * Stores a new notification and its {@code NotificationSent} event in one write.
     *
     * @return false when a notification with that id already exists (the event was seen before)
     */
    boolean addIfAbsent(Notification notification);

    /**
     * {@link #addIfAbsent} for each of several new notifications (those one event gives), written
     * together where the store allows.
     *
     * @return for each, whether it was stored now
     */
    default List<Boolean> addAllIfAbsent(List<Notification> notifications) {
        return notifications.stream().map(this::addIfAbsent).toList();
    }

    Optional<Notification> find(String id);

    /** Applies a change to the stored notification, retrying on a concurrent write; {@code release} ends a delivery claim. */
    Optional<Notification> update(String id, Function<Notification, Notification.Changed> change, boolean release);

    /** A notification waiting for an attempt: enough to queue it on its channel without reading it whole. */
    record Waiting(String id, Channel channel, Urgency urgency) {
    }

    /** Notifications due for an attempt at {@code now} and not claimed by anyone, URGENT and CRITICAL first, then soonest first. */
    List<Waiting> due(Instant now, int limit);

    /** Claims a due notification for one delivery attempt for {@code lease}; empty when another took it or it is not due. */
    Optional<Notification> claim(String id, Instant now, Duration lease);

    /** The notifications of an alert, on every channel and roster step. */
    List<Notification> ofAlert(String alertId);

    /** One page of an inbox, and how many items there are in all. */
    record InboxPage(List<Notification> items, long total) {
    }

    /** How many of an inbox's newest notifications a status filter looks at. */
    int STATUS_FILTER_LOOKS_AT = 5_000;

    /**
     * One page of a recipient's notifications, newest first. With a {@code status}, the page and
     * the total are of the {@link #STATUS_FILTER_LOOKS_AT newest 5,000} in that status.
     */
    InboxPage inbox(String recipientId, DeliveryStatus status, int page, int size);

    /** Notifications in a status, oldest first. */
    List<Notification> inStatus(DeliveryStatus status, int limit);

    /** Parked notifications, oldest first. */
    List<Notification> parked(int limit);
}
