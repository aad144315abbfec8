package org.fengqiao.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.AcknowledgeNotification;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How notifications are delivered, retried and repeated (see {@code application.yml} and the README). */
@ConfigurationProperties("notification")
public record NotificationProperties(Alerts alerts, Delivery delivery, Map<Channel, Retry> retry, Email email, Webhook webhook,
                                     List<AcknowledgeNotification.AcknowledgingEvent> acknowledgingEvents) {

    /**
     * @param repeatEvery          how often an unacknowledged alert repeats, per urgency
     * @param escalateAfterRepeats every this many repeats it moves one step down its duty roster
     * @param maxRepeats           it stops repeating after this many
     * @param checkInterval        how often due repeats are looked for
     */
    public record Alerts(Map<Urgency, Duration> repeatEvery, int escalateAfterRepeats, int maxRepeats, Duration checkInterval) {
    }

    /**
     * @param pollInterval how often retries and held items are looked for (new ones go at once)
     * @param lease        how long one attempt holds a notification against other replicas
     */
    public record Delivery(Duration pollInterval, Duration lease) {
    }

    public record Retry(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {
    }

    public record Email(String from) {
    }

    public record Webhook(Duration connectTimeout, Duration timeout) {
    }
}
