package org.fengqiao.notification.notification.model;

import java.time.Instant;

import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to an alert, as {@link Alert} raises it. The service's contract
 * ({@code NotificationContract}) publishes each as the {@code notification.events} record of the
 * same name.
 */
public sealed interface AlertChanged extends DomainEvent {

    String alertId();

    /** Someone took the alert on: its repeats stop, on every channel. */
    record NotificationAcknowledged(String alertId, String notificationId, String acknowledgedBy, String triggerEventId,
                                    String triggerEventType, Instant raisedAt, Instant occurredAt) implements AlertChanged {
    }
}
