package org.fengqiao.dispute.intake.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.dispute.dispute.application.ReportDispute;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.kit.messaging.EventRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Bindings {@code patrolHandovers-in-0} (patrol.events) and {@code citizenHandovers-in-0}
 * (citizen.events): disputes other services came upon enter the pipeline as reports with their
 * origin. A handover naming an unknown grid cell or reporter cannot become a dispute and is
 * dead-lettered (once, not retried) for an operator to correct and replay.
 */
@Configuration
class DisputeHandoverConsumers {

    @Bean
    Consumer<Message<byte[]>> patrolHandovers(MeterRegistry meters, ReportDispute reportDispute) {
        return EventConsumer.named("dispute-service-intake", meters)
                .on(EventCatalog.INCIDENT_HANDED_OVER_AS_DISPUTE, event -> take(reportDispute, event.envelope(),
                        event.payload().dispute(), DisputeOrigin.Kind.PATROL_INCIDENT, "patrol-service", event.payload().incidentId()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> citizenHandovers(MeterRegistry meters, ReportDispute reportDispute) {
        return EventConsumer.named("dispute-service-intake", meters)
                .on(EventCatalog.HOME_VISIT_FINDING_HANDED_OVER_AS_DISPUTE, event -> take(reportDispute, event.envelope(),
                        event.payload().dispute(), DisputeOrigin.Kind.HOME_VISIT_FINDING, "citizen-service",
                        event.payload().findingId()))
                .build();
    }

    private static void take(ReportDispute reportDispute, EventEnvelope envelope, DisputeHandover handover, DisputeOrigin.Kind kind,
                             String service, String reference) {
        ReportDispute.Report report = new ReportDispute.Report(handover.gridCellId(), handover.category(), handover.parties(),
                handover.description(), handover.peopleInvolved(), handover.reporter());
        try {
            reportDispute.handOver(DerivedIds.of("dispute-handover", envelope.id()), report,
                    new DisputeOrigin(kind, service, reference, envelope.id()));
        } catch (InvalidFieldException e) {
            throw new EventRejectedException("handover " + envelope.id() + " cannot become a dispute: dispute." + e.field() + ": "
                    + e.getMessage());
        }
    }
}
