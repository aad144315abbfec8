package org.fengqiao.notification.notification.persistence;

import java.time.Instant;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.notification.notification.model.Notification;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notification as stored, with its {@code NotificationSent} event waiting in the outbox. */
@Document("notifications")
@CompoundIndex(name = "recipient_created", def = "{'recipientId': 1, 'createdAt': -1}")
class NotificationDocument extends OutboxDocument {

    @Id
    String id;
    String recipientId;
    Channel channel;
    String title;
    String body;
    String subjectId;
    String triggerEventId;
    String triggerEventType;
    Instant createdAt;

    static NotificationDocument sent(Notification notification) {
        NotificationDocument document = new NotificationDocument();
        document.id = notification.id();
        document.recipientId = notification.recipientId();
        document.channel = notification.channel();
        document.title = notification.title();
        document.body = notification.body();
        document.subjectId = notification.subjectId();
        document.triggerEventId = notification.triggerEventId();
        document.triggerEventType = notification.triggerEventType();
        document.createdAt = notification.createdAt();
        document.raise(new NotificationSent(notification.id(), notification.recipientId(), notification.channel(),
                notification.triggerEventId(), notification.triggerEventType(), notification.createdAt()),
                notification.createdAt());
        return document;
    }

    Notification toNotification() {
        return new Notification(id, recipientId, channel, title, body, subjectId, triggerEventId, triggerEventType, createdAt);
    }
}
