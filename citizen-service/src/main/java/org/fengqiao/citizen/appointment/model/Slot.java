package org.fengqiao.citizen.appointment.model;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.citizen.servicepoint.model.OfferedService;

/** One bookable stretch of time for one service at one service point. */
public record Slot(String servicePointId, OfferedService service, Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The key the slot's capacity is counted under: the point's half hour, whatever the service (the desk is the same). */
    public String key() {
        return servicePointId + "|" + start;
    }
}
