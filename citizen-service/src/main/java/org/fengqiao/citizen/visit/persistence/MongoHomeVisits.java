package org.fengqiao.citizen.visit.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.visit.application.HomeVisits;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.kit.outbox.OutboxStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoHomeVisits implements HomeVisits {

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final Clock clock;

    MongoHomeVisits(MongoTemplate mongo, OutboxStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public HomeVisit save(HomeVisit visit) {
        return store.save(HomeVisitDocument.of(visit, clock.instant())).toVisit();
    }

    @Override
    public Optional<HomeVisit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HomeVisitDocument.class)).map(HomeVisitDocument::toVisit);
    }

    @Override
    public long[] totals(Instant from, Instant to) {
        Query made = new Query(Criteria.where("visitedAt").gte(from).lt(to));
        made.fields().include("peopleMet");
        long[] totals = new long[2];
        for (HomeVisitDocument visit : mongo.find(made, HomeVisitDocument.class)) {
            totals[0]++;
            totals[1] += visit.peopleMet;
        }
        return totals;
    }

    @Override
    public List<HomeVisit> byOfficer(String officerId, int limit) {
        return mongo.find(new Query(Criteria.where("officerId").is(officerId)).with(Sort.by(Sort.Direction.DESC, "visitedAt")).limit(limit),
                HomeVisitDocument.class).stream().map(HomeVisitDocument::toVisit).toList();
    }
}
