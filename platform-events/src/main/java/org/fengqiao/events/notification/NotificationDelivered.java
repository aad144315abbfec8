package org.fengqiao.events.notification;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The channel accepted a notification: it is in the in-app inbox (and pushed to open streams), the
 * SMTP server took the e-mail, or the webhook answered 2xx. A repeat of an unacknowledged urgent
 * notification is delivered again, with a higher {@code repeat}.
 *
 * <p>Since v1.
 *
 * @param attempt which attempt succeeded (1 for the first)
 * @param repeat  0 for the first delivery, n for the n-th repeat of an unacknowledged notification
 */
public record NotificationDelivered(String notificationId, String recipientId, Channel channel, int attempt, int repeat,
                                    Instant deliveredAt) implements NotificationEvent {

    public NotificationDelivered {
        Require.text(notificationId, "notificationId");
        Require.text(recipientId, "recipientId");
        Require.present(channel, "channel");
        Require.atLeast(attempt, 1, "attempt");
        Require.atLeast(repeat, 0, "repeat");
        Require.present(deliveredAt, "deliveredAt");
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }

    @Override
    public Instant occurredAt() {
        return deliveredAt;
    }
}
