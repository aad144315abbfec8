package org.fengqiao.notification.contract;

import java.util.List;

import org.fengqiao.events.notification.NotificationAcknowledged;
import org.fengqiao.events.notification.NotificationDelivered;
import org.fengqiao.events.notification.NotificationEvent;
import org.fengqiao.events.notification.NotificationFailed;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.notification.notification.model.AlertChanged;
import org.fengqiao.notification.notification.model.NotificationChanged;
import org.springframework.stereotype.Component;

/**
 * notification-service's published language: each of its events as the
 * {@code notification.events} record (v1) of the same name, its time field the domain event's
 * {@code occurredAt}. The repositories are handed it as the kit's {@code Contract<DomainEvent>}.
 */
@Component
public class NotificationContract implements Contract<DomainEvent> {

    @Override
    public List<NotificationEvent> publish(DomainEvent event) {
        return List.of(record(event));
    }

    static NotificationEvent record(DomainEvent event) {
        if (event instanceof NotificationChanged.NotificationSent e) {
            return new NotificationSent(e.notificationId(), e.recipientId(), e.channel(), e.triggerEventId(), e.triggerEventType(),
                    e.occurredAt());
        } else if (event instanceof NotificationChanged.NotificationDelivered e) {
            return new NotificationDelivered(e.notificationId(), e.recipientId(), e.channel(), e.attempt(), e.repeat(), e.occurredAt());
        } else if (event instanceof NotificationChanged.NotificationFailed e) {
            return new NotificationFailed(e.notificationId(), e.recipientId(), e.channel(), e.attempts(), e.lastError(), e.occurredAt());
        } else if (event instanceof AlertChanged.NotificationAcknowledged e) {
            return new NotificationAcknowledged(e.alertId(), e.notificationId(), e.acknowledgedBy(), e.triggerEventId(),
                    e.triggerEventType(), e.raisedAt(), e.occurredAt());
        }
        throw new IllegalArgumentException("no published record for " + event.getClass().getName());
    }
}
