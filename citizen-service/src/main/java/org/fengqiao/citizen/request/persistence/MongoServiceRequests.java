package org.fengqiao.citizen.request.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.CountedRecords;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoServiceRequests implements ServiceRequests {

    private static final String COLLECTION = "service_requests";

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final CountedRecords counted;
    /** Whether a request was opened at a pre-acceptance point, for the tallies. */
    private final ServicePoints servicePoints;

    MongoServiceRequests(MongoTemplate mongo, OutboxStore store, CountedRecords counted, ServicePoints servicePoints,
                         Contract<DomainEvent> contract) {
        this.servicePoints = servicePoints;
        this.mongo = mongo;
        this.store = store;
        this.counted = counted;
        counted.source(COLLECTION, ServiceRequestDocument.class, this::tallyEntries);
        this.contract = contract;
    }

    @Override
    public ServiceRequest save(ServiceRequest request) {
        ServiceRequestDocument saved = store.save(ServiceRequestDocument.of(request), request, contract);
        counted.written(COLLECTION, saved);
        return saved.toRequest();
    }

    private List<DayCounters.Entry> tallyEntries(ServiceRequestDocument request) {
        List<DayCounters.Entry> entries = new java.util.ArrayList<>();
        if (request.kind == ServiceRequestKind.HOUSEHOLD_REGISTRATION && request.servicePointId != null && servicePoints.find(request.servicePointId)
                .map(ServicePoint::type).filter(ServicePointType.PRE_ACCEPTANCE_POINT::equals).isPresent()) {
            entries.add(counted.days().entry(request.id, "pre-acceptance", request.openedAt, Map.of(ServiceRequest.PRE_ACCEPTANCE_COUNTER, 1L)));
        }
        if (request.channel == ServiceChannel.DOOR_TO_DOOR) {
            entries.add(counted.days().entry(request.id, "door-to-door", request.openedAt, Map.of(ServiceRequest.DOOR_TO_DOOR_COUNTER, 1L)));
        }
        if (request.channel == ServiceChannel.ENTERPRISE) {
            entries.add(counted.days().entry(request.id, "enterprise", request.openedAt,
                    Map.of(ServiceRequest.ENTERPRISE_APPLICATIONS_COUNTER, 1L)));
        }
        return entries;
    }

    @Override
    public Optional<ServiceRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ServiceRequestDocument.class)).map(ServiceRequestDocument::toRequest);
    }

    @Override
    public List<ServiceRequest> search(ServiceChannel channel, ServiceRequest.Status status, String citizenRef, String batchId, int limit) {
        Criteria c = new Criteria();
        if (channel != null) {
            c = c.and("channel").is(channel);
        }
        if (status != null) {
            c = c.and("status").is(status);
        }
        if (citizenRef != null) {
            c = c.and("citizenRef").is(citizenRef);
        }
        if (batchId != null) {
            c = c.and("batchId").is(batchId);
        }
        return mongo.find(new Query(c).with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(limit), ServiceRequestDocument.class)
                .stream().map(ServiceRequestDocument::toRequest).toList();
    }
}
