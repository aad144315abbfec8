package org.fengqiao.notification.notification.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.notification.model.Notification;

/** Where notifications are kept. */
public interface Notifications {

    /**
     * Stores a new notification and its {@code NotificationSent} event in one write.
     *
     * @return false when a notification with that id already exists (the event was seen before)
     */
    boolean addIfAbsent(Notification notification);

    Optional<Notification> find(String id);

    /** One page of a recipient's notifications, newest first. */
    List<Notification> forRecipient(String recipientId, int page, int size);

    long countForRecipient(String recipientId);
}
