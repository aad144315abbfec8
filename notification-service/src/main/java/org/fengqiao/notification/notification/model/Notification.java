package org.fengqiao.notification.notification.model;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.events.notification.Channel;

/**
 * A message for one recipient on one channel, caused by one event. Its id is derived from the
 * causing event, the recipient and the channel, so the same event handled twice yields the same
 * notification, never a second one.
 *
 * @param id               derived id (see {@link org.fengqiao.kit.messaging.DerivedIds})
 * @param recipientId      who it is for (a person or a desk in the station's directory)
 * @param channel          how it reaches them
 * @param title            one line
 * @param body             the message
 * @param subjectId        the aggregate it is about (e.g. the dispute id)
 * @param triggerEventId   the {@code ce_id} of the event that caused it
 * @param triggerEventType that event's type
 * @param createdAt        when it was created
 */
public record Notification(String id, String recipientId, Channel channel, String title, String body, String subjectId,
                           String triggerEventId, String triggerEventType, Instant createdAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(triggerEventId, "triggerEventId");
        Objects.requireNonNull(triggerEventType, "triggerEventType");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
