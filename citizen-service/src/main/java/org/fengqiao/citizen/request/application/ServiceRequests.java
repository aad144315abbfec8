package org.fengqiao.citizen.request.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;

/** Where service requests are kept; saving one stores its events in the same write. */
public interface ServiceRequests {

    ServiceRequest save(ServiceRequest request);

    Optional<ServiceRequest> find(String id);

    /** Newest first; a null criterion does not filter. */
    List<ServiceRequest> search(ServiceChannel channel, ServiceRequest.Status status, String citizenRef, String batchId, int limit);
}
