package org.fengqiao.notification.notification.model;

import java.time.Instant;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a notification, as {@link Notification} raises it, each with the moment it
 * happened. The service's contract ({@code NotificationContract}) publishes each as the
 * {@code notification.events} record of the same name.
 */
public sealed interface NotificationChanged extends DomainEvent {

    String notificationId();

    record NotificationSent(String notificationId, String recipientId, Channel channel, String triggerEventId, String triggerEventType,
                            Instant occurredAt) implements NotificationChanged {
    }

    record NotificationDelivered(String notificationId, String recipientId, Channel channel, int attempt, int repeat, Instant occurredAt)
            implements NotificationChanged {
    }

    /** Given up on: parked for an operator after its last attempt. */
    record NotificationFailed(String notificationId, String recipientId, Channel channel, int attempts, String lastError,
                              Instant occurredAt) implements NotificationChanged {
    }
}
