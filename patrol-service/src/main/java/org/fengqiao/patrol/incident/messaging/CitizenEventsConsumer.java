package org.fengqiao.patrol.incident.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.patrol.incident.application.HandleIncidents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code citizenEvents-in-0}: a safety hazard found on a home visit becomes an incident for the patrols. */
@Configuration
class CitizenEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> citizenEvents(MeterRegistry meters, HandleIncidents incidents) {
        return EventConsumer.named("patrol-service", meters)
                .on(EventCatalog.SAFETY_HAZARD_FOUND, e -> incidents.hazardFound(e.envelope().id(), e.payload().visitId(),
                        e.payload().gridCellId(), e.payload().officerId(), e.payload().description()))
                .build();
    }
}
