package org.fengqiao.notification.notification.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.notification.notification.application.NotifyCommunityOfficer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code disputeEvents-in-0}: what this service does with {@code dispute.events}. */
@Configuration
class DisputeEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> disputeEvents(MeterRegistry meters, NotifyCommunityOfficer notifyCommunityOfficer) {
        return EventConsumer.named("notification-service", meters)
                .on(EventCatalog.DISPUTE_REPORTED, notifyCommunityOfficer::on)
                .build();
    }
}
