package org.fengqiao.citizen.servicepoint.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * The station opens a service point (police room, pre-acceptance point, ...) and says what it
 * offers. A self-service point that would not be open round the clock is refused.
 */
@Service
public class RegisterServicePoint {

    /** What the station tells about the point. */
    public record Registration(String name, ServicePointType type, String address, boolean roundTheClock,
                               List<OfferedService> services, List<OpeningPeriod> openingHours, int slotCapacity) {
    }

    private final ServicePoints servicePoints;
    private final Clock clock;

    public RegisterServicePoint(ServicePoints servicePoints, Clock clock) {
        this.servicePoints = servicePoints;
        this.clock = clock;
    }

    /**
     * Registers the point and raises {@code ServicePointRegistered}.
     *
     * @throws InvalidFieldException naming {@code roundTheClock} for a self-service point not open round the clock
     */
    public ServicePoint register(Registration registration) {
        if (ServicePoint.mustBeOpenRoundTheClock(registration.type()) && !registration.roundTheClock()) {
            throw new InvalidFieldException("roundTheClock",
                    "a " + registration.type() + " is always open round the clock");
        }
        ServicePoint point = ServicePoint.register(UUID.randomUUID().toString(), registration.name(), registration.type(),
                registration.address(), registration.roundTheClock(), registration.services(), registration.openingHours(),
                registration.slotCapacity(), clock.instant());
        return servicePoints.save(point);
    }
}
