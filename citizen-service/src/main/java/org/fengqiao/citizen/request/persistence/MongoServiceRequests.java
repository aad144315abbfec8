package org.fengqiao.citizen.request.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.fengqiao.citizen.tally.persistence.TallyMarks;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.kit.outbox.OutboxStore;
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
    private final Clock clock;
    private final TallyMarks tallies;

    MongoServiceRequests(MongoTemplate mongo, OutboxStore store, Clock clock, TallyMarks tallies) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
        this.tallies = tallies;
        tallies.source(COLLECTION, ServiceRequestDocument.class, this::tallyEntries);
    }

    @Override
    public ServiceRequest save(ServiceRequest request) {
        ServiceRequestDocument saved = store.save(ServiceRequestDocument.of(request, clock.instant()));
        tallies.settle(COLLECTION, saved.id, saved.getVersion(), tallyEntries(saved));
        return saved.toRequest();
    }

    private List<TallyEntry> tallyEntries(ServiceRequestDocument request) {
        return tallies.book().requestOpened(request.id, request.channel, request.kind, request.servicePointId, request.openedAt);
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
