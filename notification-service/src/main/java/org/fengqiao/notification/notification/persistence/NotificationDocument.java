package org.fengqiao.notification.notification.persistence;

import java.time.Instant;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notification as stored, with the events of its last change waiting in the outbox. */
@Document("notifications")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
class NotificationDocument extends OutboxDocument {

    static final String INBOX_SLOT = "inboxSlot";

    @Id
    String id;
    String alertId;
    String recipientId;
    Channel channel;
    Urgency urgency;
    String ruleId;
    String title;
    String body;
    String subjectId;
    String triggerEventId;
    String triggerEventType;
    Instant createdAt;
    DeliveryStatus status;
    int attempts;
    int repeat;
    Instant nextAttemptAt;
    String lastError;
    Instant deliveredAt;
    Instant acknowledgedAt;
    String acknowledgedBy;
    /** While set and in the future, one replica is attempting a delivery. */
    Instant claimedUntil;
    /** {@code <recipientId>#<n>}: the n-th notification of the recipient's inbox, its key in an inbox page. */
    @Indexed(unique = true, sparse = true)
    String inboxSlot;

    static String inboxSlot(String recipientId, long number) {
        return recipientId + "#" + number;
    }

    long inboxNumber() {
        return inboxSlot == null ? 0 : Long.parseLong(inboxSlot.substring(inboxSlot.lastIndexOf('#') + 1));
    }

    static NotificationDocument of(Notification notification) {
        NotificationDocument document = new NotificationDocument();
        document.apply(notification);
        return document;
    }

    void apply(Notification n) {
        id = n.id();
        alertId = n.alertId();
        recipientId = n.recipientId();
        channel = n.channel();
        urgency = n.urgency();
        ruleId = n.ruleId();
        title = n.title();
        body = n.body();
        subjectId = n.subjectId();
        triggerEventId = n.triggerEventId();
        triggerEventType = n.triggerEventType();
        createdAt = n.createdAt();
        status = n.status();
        attempts = n.attempts();
        repeat = n.repeat();
        nextAttemptAt = n.nextAttemptAt();
        lastError = n.lastError();
        deliveredAt = n.deliveredAt();
        acknowledgedAt = n.acknowledgedAt();
        acknowledgedBy = n.acknowledgedBy();
    }

    Notification toNotification() {
        return new Notification(id, alertId, recipientId, channel, urgency, ruleId, title, body, subjectId, triggerEventId,
                triggerEventType, createdAt, status, attempts, repeat, nextAttemptAt, lastError, deliveredAt, acknowledgedAt,
                acknowledgedBy);
    }
}
