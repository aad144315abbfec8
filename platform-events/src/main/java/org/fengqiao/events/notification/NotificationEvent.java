package org.fengqiao.events.notification;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code notification.events}; the aggregate id is the notification id. */
public sealed interface NotificationEvent extends PlatformEvent permits NotificationSent, NotificationDelivered, NotificationFailed, NotificationAcknowledged {
}
