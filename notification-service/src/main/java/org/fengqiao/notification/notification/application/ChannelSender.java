package org.fengqiao.notification.notification.application;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;

/** One channel: hands a notification to its counterpart (inbox, SMTP server, webhook endpoint). */
public interface ChannelSender {

    Channel channel();

    /**
     * Whether storing a notification as DELIVERED is its delivery (the in-app inbox: what the
     * recipient reads is the store; a live stream only shows it sooner). Such a channel needs no
     * claim: the version-checked write that marks it delivered is the claim, and sending follows.
     */
    default boolean deliveredByStoring() {
        return false;
    }

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
