package org.fengqiao.notification.notification.application;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;

/** One channel: hands a notification to its counterpart (inbox, SMTP server, webhook endpoint). */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends one notification to one recipient.
     *
     * @throws DeliveryException when the counterpart did not accept it (the notification is retried)
     */
    void send(Notification notification, Recipient recipient) throws DeliveryException;

    /** The counterpart refused or could not be reached. */
    class DeliveryException extends Exception {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }

        public DeliveryException(String message) {
            super(message);
        }
    }
}
