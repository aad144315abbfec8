package org.fengqiao.citizen.request.application;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;

/** A service request as the API shows it: the applicant's ID number and phone masked. */
public record ServiceRequestView(String id, ServiceRequestKind kind, ServiceChannel channel, Applicant.Masked applicant, String notifyRef,
                                 ServiceRequest.RequestedBy requestedBy, ServiceRequest.DoorToDoorReason reason, String servicePointId,
                                 String gridCellId, String batchId, String originVisitId, String originFindingId, ServiceRequest.Status status,
                                 HandOver handOver, String officerId, Instant scheduledFor, List<ServiceRequest.Step> history, Instant openedAt,
                                 long version) {

    public static ServiceRequestView of(ServiceRequest request) {
        ServiceRequest.Snapshot s = request.snapshot();
        return new ServiceRequestView(s.id(), s.kind(), s.channel(), s.applicant().masked(), s.notifyRef(), s.requestedBy(), s.reason(),
                s.servicePointId(), s.gridCellId(), s.batchId(), s.originVisitId(), s.originFindingId(), s.status(), s.handOver(), s.officerId(),
                s.scheduledFor(), s.history(), s.openedAt(), s.version() == null ? 0 : s.version());
    }
}
