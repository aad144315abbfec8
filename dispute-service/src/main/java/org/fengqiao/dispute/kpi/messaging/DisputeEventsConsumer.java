package org.fengqiao.dispute.kpi.messaging;

import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.kit.messaging.EventBatchConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code disputeEvents-in-0}: dispute-service reads its own topic back into the event log
 * and the running tallies behind the KPIs, as any outside subscriber would. The binding is in batch
 * mode: the events of one poll are logged and tallied with a few writes for all of them.
 */
@Configuration
class DisputeEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> disputeEvents(MeterRegistry meters, DisputeEventLog log) {
        List<EventType<?>> types = EventCatalog.ALL.stream().filter(type -> type.topic().equals(Topics.DISPUTE_EVENTS)).toList();
        return EventBatchConsumer.of("dispute-service-kpis", types, events -> log.appendAll(events.stream()
                .map(event -> new DisputeEventLog.Read(event.envelope().id(), (DisputeEvent) event.payload(), event.position()))
                .toList()), meters);
    }
}
