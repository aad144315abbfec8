package org.fengqiao.citizen.servicepoint.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a service point, as {@link ServicePoint} registers it. The service's contract
 * ({@code CitizenContract}) publishes each as the {@code citizen.events} record of the same name.
 */
public sealed interface ServicePointChanged extends DomainEvent {

    String servicePointId();

    record ServicePointRegistered(String servicePointId, String name, ServicePointType type, String address, boolean roundTheClock,
                                  List<String> services, Instant occurredAt) implements ServicePointChanged {
    }
}
