package org.fengqiao.citizen.request.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("service_requests")
@CompoundIndex(name = "channel_opened", def = "{'channel': 1, 'openedAt': -1}")
class ServiceRequestDocument extends OutboxDocument {

    @Id
    String id;
    /** Set once this version is counted into the station's day counters (CountedRecords); a change unsets it. */
    Boolean countedByDay;
    ServiceRequestKind kind;
    ServiceChannel channel;
    Applicant applicant;
    @Indexed
    String citizenRef;
    String notifyRef;
    ServiceRequest.RequestedBy requestedBy;
    ServiceRequest.DoorToDoorReason reason;
    String servicePointId;
    String gridCellId;
    @Indexed(sparse = true)
    String batchId;
    String originVisitId;
    String originFindingId;
    ServiceRequest.Status status;
    String officerId;
    Instant scheduledFor;
    List<ServiceRequest.Step> history;
    Instant openedAt;

    static ServiceRequestDocument of(ServiceRequest request) {
        ServiceRequest.Snapshot s = request.snapshot();
        ServiceRequestDocument d = new ServiceRequestDocument();
        d.id = s.id();
        d.kind = s.kind();
        d.channel = s.channel();
        d.applicant = s.applicant();
        d.citizenRef = s.applicant().citizenRef();
        d.notifyRef = s.notifyRef();
        d.requestedBy = s.requestedBy();
        d.reason = s.reason();
        d.servicePointId = s.servicePointId();
        d.gridCellId = s.gridCellId();
        d.batchId = s.batchId();
        d.originVisitId = s.originVisitId();
        d.originFindingId = s.originFindingId();
        d.status = s.status();
        d.officerId = s.officerId();
        d.scheduledFor = s.scheduledFor();
        d.history = s.history();
        d.openedAt = s.openedAt();
        d.setVersion(s.version());
        return d;
    }

    ServiceRequest toRequest() {
        return ServiceRequest.restore(new ServiceRequest.Snapshot(id, kind, channel, applicant, notifyRef, requestedBy, reason, servicePointId,
                gridCellId, batchId, originVisitId, originFindingId, status, officerId, scheduledFor, history, openedAt, getVersion()));
    }
}
