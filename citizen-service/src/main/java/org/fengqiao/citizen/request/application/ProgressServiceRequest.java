package org.fengqiao.citizen.request.application;

import java.time.Clock;
import java.time.Instant;

import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.springframework.stereotype.Service;

/** Moves a service request along its way; a step out of order is refused (409) and changes nothing. */
@Service
public class ProgressServiceRequest {

    public enum Step {
        COLLECT_AT_HOME, SUBMIT, READY, DELIVER, PICK_UP
    }

    private final ServiceRequests requests;
    private final ServicePoints servicePoints;
    private final Clock clock;

    public ProgressServiceRequest(ServiceRequests requests, ServicePoints servicePoints, Clock clock) {
        this.requests = requests;
        this.servicePoints = servicePoints;
        this.clock = clock;
    }

    public ServiceRequest schedule(String id, String officerId, Instant when) {
        ServiceRequest request = find(id);
        Instant now = clock.instant();
        if (when.isBefore(now.minus(java.time.Duration.ofHours(1)))) {
            throw new InvalidFieldException("scheduledFor", "a home visit is scheduled for now or later, not " + when);
        }
        request.schedule(officerId, when, now);
        return requests.save(request);
    }

    public ServiceRequest step(String id, Step step, String by, String idNumber) {
        ServiceRequest request = find(id);
        Instant now = clock.instant();
        switch (step) {
            case COLLECT_AT_HOME -> request.collectAtHome(by, idNumber, now);
            case SUBMIT -> request.submit(by, now);
            case READY -> request.ready(by, servicePoints.nameOf(request.snapshot().servicePointId()), now);
            case DELIVER -> request.deliver(by, now);
            case PICK_UP -> request.pickUp(by, now);
        }
        return requests.save(request);
    }

    public ServiceRequest find(String id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("service request", id));
    }

}
