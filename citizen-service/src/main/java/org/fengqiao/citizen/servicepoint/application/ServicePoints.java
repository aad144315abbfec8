package org.fengqiao.citizen.servicepoint.application;

import java.util.Optional;

import org.fengqiao.citizen.servicepoint.model.ServicePoint;

/** Where service points are kept. Saving a point also stores the events it raised, in the same write. */
public interface ServicePoints {

    ServicePoint save(ServicePoint servicePoint);

    Optional<ServicePoint> find(String id);

    ServicePointPage search(ServicePointFilter filter, int page, int size);
}
