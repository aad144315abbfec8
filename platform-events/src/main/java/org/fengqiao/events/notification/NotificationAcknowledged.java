package org.fengqiao.events.notification;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * Someone acknowledged an urgent or critical alert: its notifications stop repeating for every
 * recipient. Emitted once per alert.
 *
 * <p>Since v1.
 *
 * @param alertId          the alert: one triggering event under one routing rule
 * @param notificationId   the notification acknowledged
 * @param acknowledgedBy   who acknowledged it
 * @param triggerEventId   the {@code ce_id} of the event that raised the alert
 * @param triggerEventType that event's type
 * @param raisedAt         when the alert was raised (time to acknowledge = acknowledgedAt - raisedAt)
 */
public record NotificationAcknowledged(String alertId, String notificationId, String acknowledgedBy, String triggerEventId,
                                       String triggerEventType, Instant raisedAt, Instant acknowledgedAt)
        implements NotificationEvent {

    public NotificationAcknowledged {
        Require.text(alertId, "alertId");
        Require.text(notificationId, "notificationId");
        Require.text(acknowledgedBy, "acknowledgedBy");
        Require.text(triggerEventId, "triggerEventId");
        Require.text(triggerEventType, "triggerEventType");
        Require.present(raisedAt, "raisedAt");
        Require.present(acknowledgedAt, "acknowledgedAt");
    }

    @Override
    public String aggregateId() {
        return alertId;
    }

    @Override
    public Instant occurredAt() {
        return acknowledgedAt;
    }
}
