package org.fengqiao.citizen.servicepoint.web;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;

/** A service point as the API shows it. {@code version} is what a later change must quote. */
public record ServicePointView(String id, String name, ServicePointType type, String address, boolean roundTheClock,
                               List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity,
                               Instant registeredAt, long version) {

    static ServicePointView of(ServicePoint point) {
        return new ServicePointView(point.id(), point.name(), point.type(), point.address(), point.roundTheClock(),
                point.services(), point.openingHours(), point.slotCapacity(), point.registeredAt(), point.version() == null ? 0 : point.version());
    }
}
