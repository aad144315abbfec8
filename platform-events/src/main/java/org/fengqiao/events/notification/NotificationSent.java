package org.fengqiao.events.notification;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A notification was handed to a channel for one recipient (for {@link Channel#IN_APP}: it is in
 * the recipient's inbox). Emitted once per notification.
 *
 * <p>Since v1.
 *
 * @param notificationId   the notification's id (derived from the triggering event, recipient and channel)
 * @param recipientId      who it is for
 * @param channel          how it was sent
 * @param triggerEventId   the {@code ce_id} of the event that caused it
 * @param triggerEventType the type of that event
 * @param sentAt           when it was sent
 */
public record NotificationSent(String notificationId, String recipientId, Channel channel, String triggerEventId,
                               String triggerEventType, Instant sentAt) implements NotificationEvent {

    public NotificationSent {
        Require.text(notificationId, "notificationId");
        Require.text(recipientId, "recipientId");
        Require.present(channel, "channel");
        Require.text(triggerEventId, "triggerEventId");
        Require.text(triggerEventType, "triggerEventType");
        Require.present(sentAt, "sentAt");
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }

    @Override
    public Instant occurredAt() {
        return sentAt;
    }
}
