package org.fengqiao.notification.notification.web;

import java.time.Instant;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Urgency;

/** A notification as the API and the live stream show it. */
record NotificationView(String id, String recipientId, Channel channel, Urgency urgency, String title, String body,
                        String subjectId, String triggerEventType, String triggerEventId, String ruleId, String alertId,
                        Instant createdAt, DeliveryStatus status, int attempts, int repeat, Instant nextAttemptAt,
                        String lastError, Instant deliveredAt, Instant acknowledgedAt, String acknowledgedBy) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.recipientId(), n.channel(), n.urgency(), n.title(), n.body(), n.subjectId(),
                n.triggerEventType(), n.triggerEventId(), n.ruleId(), n.alertId(), n.createdAt(), n.status(), n.attempts(), n.repeat(),
                n.nextAttemptAt(), n.lastError(), n.deliveredAt(), n.acknowledgedAt(), n.acknowledgedBy());
    }
}
