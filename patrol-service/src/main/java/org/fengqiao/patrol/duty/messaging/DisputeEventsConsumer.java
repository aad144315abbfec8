package org.fengqiao.patrol.duty.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.patrol.duty.application.MaintainOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code disputeEvents-in-0}: a dispute's risk gives or lifts order-maintenance duty. */
@Configuration
class DisputeEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> disputeEvents(MeterRegistry meters, MaintainOrder order) {
        return EventConsumer.named("patrol-service", meters)
                .on(EventCatalog.DISPUTE_RISK_RAISED, e -> order.riskRaised(e.envelope().id(), e.payload().disputeId(),
                        e.payload().gridCellId(), e.payload().site(), e.payload().level()))
                .on(EventCatalog.DISPUTE_RISK_LOWERED, e -> order.riskLowered(e.payload().disputeId(), e.payload().level()))
                .on(EventCatalog.DISPUTE_RESOLVED, e -> order.lift(e.payload().disputeId(), "DisputeResolved"))
                .on(EventCatalog.DISPUTE_CLOSED, e -> order.lift(e.payload().disputeId(), "DisputeClosed"))
                .build();
    }
}
