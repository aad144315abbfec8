package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;

import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.springframework.stereotype.Service;

/** An operator sends parked notifications again once the channel's cause of failure is fixed. */
@Service
public class ReplayParked {

    private final Notifications notifications;
    private final DeliverNotifications delivery;
    private final Clock clock;

    public ReplayParked(Notifications notifications, DeliverNotifications delivery, Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.clock = clock;
    }

    public Notification replay(String id) {
        Notification notification = notifications.find(id).orElseThrow(() -> new NotFoundException("notification", id));
        if (notification.status() != DeliveryStatus.PARKED) {
            throw new RuleViolatedException("status", "only a PARKED notification is replayed; " + id + " is " + notification.status());
        }
        Instant now = clock.instant();
        Notification replayed = notifications.update(id, current -> current.status() == DeliveryStatus.PARKED
                ? Notification.Changed.of(current.replayed(now)) : null, false).orElseThrow();
        delivery.soon(replayed);
        return replayed;
    }

    /** Replays every parked notification; returns how many. */
    public int replayAll() {
        int count = 0;
        for (Notification parked : notifications.parked(1000)) {
            replay(parked.id());
            count++;
        }
        return count;
    }
}
