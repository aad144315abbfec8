package org.fengqiao.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.access.Role;
import org.fengqiao.notification.notification.application.AcknowledgeNotification;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How notifications are delivered, retried and repeated (see {@code application.yml} and the README). */
@ConfigurationProperties("notification")
public record NotificationProperties(Alerts alerts, Delivery delivery, Map<Channel, Retry> retry, Email email, Webhook webhook,
                                     List<AcknowledgeNotification.AcknowledgingEvent> acknowledgingEvents, Map<String, Role> deskStaff) {

    public NotificationProperties {
        deskStaff = deskStaff == null ? Map.of() : Map.copyOf(deskStaff);
    }

    /**
     * @param repeatEvery          how often an unacknowledged alert repeats, per urgency
     * @param escalateAfterRepeats every this many repeats it moves one step down its duty roster
     * @param maxRepeats           it stops repeating after this many
     * @param checkInterval        how often due repeats are looked for
     */
    public record Alerts(Map<Urgency, Duration> repeatEvery, int escalateAfterRepeats, int maxRepeats, Duration checkInterval) {
    }

    /**
     * @param pollInterval  how often the notifications handed over are looked at for what became
     *                      due (new ones go at once)
     * @param sweepInterval how often the store is swept for due notifications nobody handed over
     *                      (left by a crash or by another replica)
     * @param lease         how long one attempt holds a notification against other replicas
     */
    public record Delivery(Duration pollInterval, Duration sweepInterval, Duration lease) {
        public Delivery {
            sweepInterval = sweepInterval == null ? Duration.ofMinutes(30) : sweepInterval;
        }
    }

    public record Retry(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {
    }

    public record Email(String from) {
    }

    /**
     * @param allowHttp        plain http targets are allowed (the local stack only; https otherwise)
     * @param allowedHosts     hosts an operator allows although they resolve inside the network
     * @param maxResponseBytes how much of a webhook's answer is read at most
     */
    public record Webhook(Duration connectTimeout, Duration timeout, boolean allowHttp, List<String> allowedHosts, int maxResponseBytes) {
        public Webhook {
            allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
            maxResponseBytes = maxResponseBytes <= 0 ? 16_384 : maxResponseBytes;
        }
    }
}
