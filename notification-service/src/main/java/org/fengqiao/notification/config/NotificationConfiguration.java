package org.fengqiao.notification.config;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.notification.application.AcknowledgeNotification;
import org.fengqiao.notification.notification.application.AlertPolicy;
import org.fengqiao.notification.notification.application.ChannelSender;
import org.fengqiao.notification.notification.application.Compose;
import org.fengqiao.notification.notification.application.DeliverNotifications;
import org.fengqiao.notification.notification.application.Notifications;
import org.fengqiao.notification.notification.channels.EmailChannel;
import org.fengqiao.notification.notification.channels.WebhookChannel;
import org.fengqiao.notification.notification.model.RetryPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.fengqiao.notification.notification.application.InboxAccess;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.application.WebhookTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    AlertPolicy alertPolicy(NotificationProperties properties) {
        NotificationProperties.Alerts alerts = properties.alerts();
        return new AlertPolicy(alerts.repeatEvery(), alerts.escalateAfterRepeats(), alerts.maxRepeats());
    }

    @Bean
    AcknowledgeNotification.AcknowledgingEvents acknowledgingEvents(NotificationProperties properties) {
        return new AcknowledgeNotification.AcknowledgingEvents(properties.acknowledgingEvents());
    }

    @Bean
    EmailChannel emailChannel(JavaMailSender mail, NotificationProperties properties) {
        return new EmailChannel(mail, properties.email().from());
    }

    @Bean
    InboxAccess inboxAccess(NotificationProperties properties, Recipients recipients) {
        return new InboxAccess(properties.deskStaff(), recipients);
    }

    @Bean
    WebhookTargets webhookTargets(NotificationProperties properties) {
        return new WebhookTargets(properties.webhook().allowHttp(), properties.webhook().allowedHosts());
    }

    @Bean
    WebhookChannel webhookChannel(NotificationProperties properties, WebhookTargets targets) {
        return new WebhookChannel(properties.webhook().connectTimeout(), properties.webhook().timeout(), targets,
                properties.webhook().maxResponseBytes());
    }

    @Bean
    DeliverNotifications deliverNotifications(Notifications notifications, Compose compose, List<ChannelSender> senders,
                                              NotificationProperties properties, Clock clock, MeterRegistry meters) {
        Map<Channel, RetryPolicy> retries = new EnumMap<>(Channel.class);
        properties.retry().forEach((channel, retry) -> retries.put(channel,
                new RetryPolicy(retry.initialBackoff(), retry.multiplier(), retry.maxBackoff(), retry.maxAttempts())));
        if (!retries.containsKey(Channel.OTHER)) {
            throw new IllegalStateException("notification.retry.OTHER must give the retry policy of channels without their own");
        }
        return new DeliverNotifications(notifications, compose, senders, retries, clock, meters,
                properties.delivery().pollInterval(), properties.delivery().sweepInterval(), properties.delivery().lease());
    }
}
