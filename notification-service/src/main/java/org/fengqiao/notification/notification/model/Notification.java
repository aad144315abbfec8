package org.fengqiao.notification.notification.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.notification.rules.model.Urgency;

/**
 * A message for one recipient on one channel, caused by one event under one routing rule. Its id
 * is derived from the causing event, the recipient and the channel, so the same event handled twice
 * yields the same notification, never a second one.
 *
 * @param alertId          for URGENT and CRITICAL: the alert it belongs to (acknowledging any of
 *                         its notifications stops them all repeating); null for ROUTINE
 * @param subjectId        what it is about (e.g. the dispute or incident id)
 * @param triggerEventId   the {@code ce_id} of the event that caused it
 * @param attempts         attempts made for the current repeat
 * @param repeat           0 for the first delivery, n for the n-th repeat of an unacknowledged alert
 * @param nextAttemptAt    when the next attempt is due (HELD, PENDING, RETRYING)
 */
public record Notification(String id, String alertId, String recipientId, Channel channel, Urgency urgency, String ruleId,
                           String title, String body, String subjectId, String triggerEventId, String triggerEventType,
                           Instant createdAt, DeliveryStatus status, int attempts, int repeat, Instant nextAttemptAt,
                           String lastError, Instant deliveredAt, Instant acknowledgedAt, String acknowledgedBy) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(triggerEventId, "triggerEventId");
        Objects.requireNonNull(triggerEventType, "triggerEventType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
    }

    /** A new notification, due at once or, when held, at {@code dueAt}. */
    public static Notification create(String id, String alertId, String recipientId, Channel channel, Urgency urgency, String ruleId,
                                      String title, String body, String subjectId, String triggerEventId, String triggerEventType,
                                      Instant now, Instant dueAt) {
        DeliveryStatus status = dueAt.isAfter(now) ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, now, status, 0, 0, dueAt, null, null, null, null);
    }

    /**
     * The events storing this new notification raises: {@code NotificationSent}, and
     * {@code NotificationDelivered} too when being stored delivers it (the in-app inbox), both in
     * the write that creates it.
     */
    public List<NotificationChanged> creationEvents() {
        NotificationChanged sent = new NotificationChanged.NotificationSent(id, recipientId, channel, triggerEventId, triggerEventType,
                createdAt);
        return status == DeliveryStatus.DELIVERED
                ? List.of(sent, new NotificationChanged.NotificationDelivered(id, recipientId, channel, attempts, repeat, deliveredAt))
                : List.of(sent);
    }

    /** A change of a notification and the events it raises, stored together in one write. */
    public record Changed(Notification next, List<NotificationChanged> events) implements RaisesEvents<NotificationChanged> {

        /** A change that raises no event. */
        public static Changed of(Notification next) {
            return new Changed(next, List.of());
        }

        @Override
        public List<NotificationChanged> raisedEvents() {
            return events;
        }
    }

    /** Delivered at {@code now}: raises {@code NotificationDelivered}. */
    public Changed deliver(Instant now) {
        Notification next = delivered(now);
        return new Changed(next, List.of(new NotificationChanged.NotificationDelivered(id, recipientId, channel, next.attempts, repeat,
                now)));
    }

    /** An attempt failed at {@code now}: retried at {@code retryAt}, or parked with {@code NotificationFailed} when there is none. */
    public Changed fail(String error, Instant retryAt, Instant now) {
        Notification next = failed(error, retryAt);
        return new Changed(next, retryAt == null
                ? List.of(new NotificationChanged.NotificationFailed(id, recipientId, channel, next.attempts, error, now))
                : List.of());
    }

    /** A new ROUTINE notification that waits for the recipient's daily digest. */
    /** The same notification about an event that happened at {@code happenedAt}, long before: its title says it is late. */
    public Notification late(Instant happenedAt) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, LATE_PREFIX + happenedAt + "] " + title, body, subjectId,
                triggerEventId, triggerEventType, createdAt, status, attempts, repeat, nextAttemptAt, lastError, deliveredAt, acknowledgedAt,
                acknowledgedBy);
    }

    /** How a late notification's title begins: {@code [LATE: happened <instant>] }. */
    public static final String LATE_PREFIX = "[LATE: happened ";

    public static Notification forDigest(String id, String recipientId, Channel channel, String ruleId, String title, String body,
                                         String subjectId, String triggerEventId, String triggerEventType, Instant now) {
        return new Notification(id, null, recipientId, channel, Urgency.ROUTINE, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, now, DeliveryStatus.DIGEST, 0, 0, null, null, null, null, null);
    }

    /** It went out inside the digest sent at {@code now}. */
    public Notification digested(Instant now) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, DeliveryStatus.DIGESTED, attempts, repeat, null, null, now, acknowledgedAt, acknowledgedBy);
    }

    public boolean isDue(Instant now) {
        return (status == DeliveryStatus.HELD || status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING)
                && !nextAttemptAt.isAfter(now);
    }

    public Notification delivered(Instant now) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, DeliveryStatus.DELIVERED, attempts + 1, repeat, null, null, now, acknowledgedAt,
                acknowledgedBy);
    }

    /** A failed attempt: retried at {@code retryAt}, or parked when there is none. */
    public Notification failed(String error, Instant retryAt) {
        DeliveryStatus next = retryAt == null ? DeliveryStatus.PARKED : DeliveryStatus.RETRYING;
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, next, attempts + 1, repeat, retryAt, error, deliveredAt, acknowledgedAt, acknowledgedBy);
    }

    /** Sent again because nobody acknowledged the alert yet. */
    public Notification repeated(Instant now) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, DeliveryStatus.PENDING, 0, repeat + 1, now, null, deliveredAt, acknowledgedAt,
                acknowledgedBy);
    }

    /** An operator replays a parked notification: it starts its attempts afresh. */
    public Notification replayed(Instant now) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, DeliveryStatus.PENDING, 0, repeat, now, lastError, deliveredAt, acknowledgedAt,
                acknowledgedBy);
    }

    public Notification acknowledged(String by, Instant now) {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, status, attempts, repeat, nextAttemptAt, lastError, deliveredAt, now, by);
    }
}
