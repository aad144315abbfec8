package org.fengqiao.dispute.kpi.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.kit.messaging.EventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code disputeEvents-in-0}: dispute-service reads its own topic back into the event log
 * and the running tallies behind the KPIs, as any outside subscriber would.
 */
@Configuration
class DisputeEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> disputeEvents(MeterRegistry meters, DisputeEventLog log) {
        EventConsumer.Builder consumer = EventConsumer.named("dispute-service-kpis", meters);
        EventCatalog.ALL.stream().filter(type -> type.topic().equals(Topics.DISPUTE_EVENTS))
                .forEach(type -> logEach(consumer, type, log));
        return consumer.build();
    }

    @SuppressWarnings("unchecked")
    private static <T extends DisputeEvent> void logEach(EventConsumer.Builder consumer, EventType<?> type, DisputeEventLog log) {
        consumer.on((EventType<T>) type, event -> log.append(event.envelope().id(), event.payload(), event.position()));
    }
}
