package org.fengqiao.citizen.request.model;

import java.time.Instant;

import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a service request, as {@link ServiceRequest} registers it, each with the moment
 * it happened. The service's contract ({@code CitizenContract}) publishes each as the
 * {@code citizen.events} record of the same name.
 */
public sealed interface ServiceRequestChanged extends DomainEvent {

    String requestId();

    record ServiceRequestOpened(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef, String notifyRef,
                                String servicePointId, String gridCellId, String batchId, String originVisitId, Instant occurredAt)
            implements ServiceRequestChanged {
    }

    record DoorToDoorVisitScheduled(String requestId, String citizenRef, String notifyRef, String officerId, Instant scheduledFor,
                                    Instant occurredAt) implements ServiceRequestChanged {
    }

    record ServiceRequestReady(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef, String notifyRef,
                               String servicePointId, String servicePointName, HandOver handOver, Instant occurredAt)
            implements ServiceRequestChanged {
    }

    record ServiceRequestCompleted(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef,
                                   String notifyRef, HandOver handOver, Instant occurredAt) implements ServiceRequestChanged {
    }
}
