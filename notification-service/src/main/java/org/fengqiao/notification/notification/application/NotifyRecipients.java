package org.fengqiao.notification.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.springframework.stereotype.Service;

/**
 * The notifications a matching rule gives: one per recipient it names and channel they use,
 * composed from the templates, stored together (an in-app one that is due stored delivered) and
 * handed to the delivery. Their ids are derived from the event, so an event handled twice stores each once.
 */
@Service
public class NotifyRecipients {

    private final ResolveRecipients resolve;
    private final Compose compose;
    private final Notifications notifications;
    private final DeliverNotifications delivery;

    public NotifyRecipients(ResolveRecipients resolve, Compose compose, Notifications notifications, DeliverNotifications delivery) {
        this.resolve = resolve;
        this.compose = compose;
        this.notifications = notifications;
        this.delivery = delivery;
    }

    /**
     * @param lateSince when the event happened, if that is longer ago than notifications are
     *                  usually sent for (each notification then says so); null when it is not late
     * @return how many new notifications were stored
     */
    public int of(RoutingRule rule, String eventId, String eventType, Payload payload, String alertId, Instant now, Instant lateSince) {
        List<Notification> batch = new ArrayList<>();
        for (String recipientId : resolve.recipientsOf(rule, payload)) {
            for (Notification composed : compose.notifications(rule, compose.recipient(recipientId), eventId, eventType, payload,
                    alertId, now)) {
                batch.add(delivery.asCreated(lateSince == null ? composed : composed.late(lateSince)));
            }
        }
        List<Boolean> added = notifications.addAllIfAbsent(batch);
        int created = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (added.get(i)) {
                created++;
                delivery.created(batch.get(i));
            }
        }
        return created;
    }
}
