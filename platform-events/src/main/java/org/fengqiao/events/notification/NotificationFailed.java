package org.fengqiao.events.notification;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A notification could not be delivered after every retry its channel allows; it is parked for an
 * operator, who may replay it once the cause is fixed.
 *
 * <p>Since v1.
 *
 * @param attempts  how many attempts were made
 * @param lastError what the channel said the last time
 */
public record NotificationFailed(String notificationId, String recipientId, Channel channel, int attempts, String lastError,
                                 Instant failedAt) implements NotificationEvent {

    public NotificationFailed {
        Require.text(notificationId, "notificationId");
        Require.text(recipientId, "recipientId");
        Require.present(channel, "channel");
        Require.atLeast(attempts, 1, "attempts");
        Require.present(failedAt, "failedAt");
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }

    @Override
    public Instant occurredAt() {
        return failedAt;
    }
}
