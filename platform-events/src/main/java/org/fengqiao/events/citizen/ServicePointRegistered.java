package org.fengqiao.events.citizen;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A place where citizens are served (police room, pre-acceptance point, ...) was registered.
 * Emitted once per service point.
 *
 * <p>Since v1.
 *
 * @param servicePointId the service point's id
 * @param name           its public name
 * @param type           what kind of point it is
 * @param address        where it is
 * @param roundTheClock  whether it is open 24 hours a day
 * @param services       the services offered there (e.g. {@code ID_CARD})
 * @param registeredAt   when it was registered
 */
public record ServicePointRegistered(String servicePointId, String name, ServicePointType type, String address,
                                     boolean roundTheClock, List<String> services, Instant registeredAt)
        implements CitizenEvent {

    public ServicePointRegistered {
        Require.text(servicePointId, "servicePointId");
        Require.text(name, "name");
        Require.present(type, "type");
        Require.text(address, "address");
        services = Require.listOrEmpty(services);
        Require.present(registeredAt, "registeredAt");
    }

    @Override
    public String aggregateId() {
        return servicePointId;
    }

    @Override
    public Instant occurredAt() {
        return registeredAt;
    }
}
