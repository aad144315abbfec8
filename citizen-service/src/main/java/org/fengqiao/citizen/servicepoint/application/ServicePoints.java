package org.fengqiao.citizen.servicepoint.application;

import java.util.Optional;

import org.fengqiao.citizen.servicepoint.model.ServicePoint;

/** Where service points are kept. Saving a point also stores the events it raised, in the same write. */
public interface ServicePoints {

    ServicePoint save(ServicePoint servicePoint);

    Optional<ServicePoint> find(String id);

    /** The point's public name for a message to a resident; its id when the point is unknown. */
    default String nameOf(String id) {
        return find(id).map(ServicePoint::name).orElse(id);
    }

    ServicePointPage search(ServicePointFilter filter, int page, int size);
}
