package org.fengqiao.citizen.request.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.outbox.OutboxStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoServiceRequests implements ServiceRequests {

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final Clock clock;

    MongoServiceRequests(MongoTemplate mongo, OutboxStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ServiceRequest save(ServiceRequest request) {
        return store.save(ServiceRequestDocument.of(request, clock.instant())).toRequest();
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

    @Override
    public long countOpened(ServiceChannel channel, ServiceRequestKind kind, Collection<String> servicePointIds, Instant from, Instant to) {
        Criteria c = Criteria.where("openedAt").gte(from).lt(to);
        if (channel != null) {
            c = c.and("channel").is(channel);
        }
        if (kind != null) {
            c = c.and("kind").is(kind);
        }
        if (servicePointIds != null) {
            c = c.and("servicePointId").in(servicePointIds);
        }
        return mongo.count(new Query(c), ServiceRequestDocument.class);
    }
}
