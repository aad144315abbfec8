package org.fengqiao.citizen.visit.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.citizen.visit.application.HomeVisits;
import org.fengqiao.citizen.visit.model.HomeVisit;
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
class MongoHomeVisits implements HomeVisits {

    private static final String COLLECTION = "home_visits";

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final CountedRecords counted;

    MongoHomeVisits(MongoTemplate mongo, OutboxStore store, CountedRecords counted, Contract<DomainEvent> contract) {
        this.mongo = mongo;
        this.store = store;
        this.counted = counted;
        counted.source(COLLECTION, HomeVisitDocument.class, this::tallyEntries);
        this.contract = contract;
    }

    @Override
    public HomeVisit save(HomeVisit visit) {
        HomeVisitDocument saved = store.save(HomeVisitDocument.of(visit), visit, contract);
        counted.written(COLLECTION, saved);
        return saved.toVisit();
    }

    private List<DayCounters.Entry> tallyEntries(HomeVisitDocument visit) {
        return List.of(counted.days().entry(visit.id, "made", visit.visitedAt,
                Map.of(HomeVisit.VISITS_COUNTER, 1L, HomeVisit.PEOPLE_VISITED_COUNTER, (long) visit.peopleMet)));
    }

    @Override
    public Optional<HomeVisit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HomeVisitDocument.class)).map(HomeVisitDocument::toVisit);
    }

    @Override
    public boolean none() {
        return !mongo.exists(new Query(), HomeVisitDocument.class);
    }

    @Override
    public List<HomeVisit> byOfficer(String officerId, int limit) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId)).with(Sort.by(Sort.Direction.DESC, "visitedAt")).limit(limit),
                HomeVisitDocument.class).stream().map(HomeVisitDocument::toVisit).toList();
    }
}
