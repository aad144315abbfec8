package org.fengqiao.notification.notification.messaging;

import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.events.Topics;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.notification.notification.application.RouteEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Bindings {@code disputeEvents-in-0}, {@code patrolEvents-in-0} and {@code citizenEvents-in-0}:
 * every event type of the contract on those topics is checked against it and handed to the routing
 * rules as its JSON payload. Which of them notify anyone is the rules' business, not this code's.
 */
@Configuration
class PlatformEventsConsumer {

    private static final String CONSUMER = "notification-service";

    @Bean
    Consumer<Message<byte[]>> disputeEvents(MeterRegistry meters, RouteEvent route) {
        return allOf(Topics.DISPUTE_EVENTS, meters, route);
    }

    @Bean
    Consumer<Message<byte[]>> patrolEvents(MeterRegistry meters, RouteEvent route) {
        return allOf(Topics.PATROL_EVENTS, meters, route);
    }

    @Bean
    Consumer<Message<byte[]>> citizenEvents(MeterRegistry meters, RouteEvent route) {
        return allOf(Topics.CITIZEN_EVENTS, meters, route);
    }

    private static EventConsumer allOf(String topic, MeterRegistry meters, RouteEvent route) {
        EventConsumer.Builder consumer = EventConsumer.named(CONSUMER, meters);
        EventCatalog.ALL.stream().filter(type -> type.topic().equals(topic)).forEach(type -> routeEach(consumer, type, route));
        return consumer.build();
    }

    @SuppressWarnings("unchecked")
    private static <T extends PlatformEvent> void routeEach(EventConsumer.Builder consumer, EventType<?> type, RouteEvent route) {
        consumer.on((EventType<T>) type, event -> route.route(event.envelope().id(), event.envelope().type(), event.envelope().time(),
                EventJson.mapper().convertValue(event.payload(), Map.class)));
    }
}
