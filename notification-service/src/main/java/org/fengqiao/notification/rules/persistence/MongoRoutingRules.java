package org.fengqiao.notification.rules.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.kit.persistence.ReadThroughCache;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The rules in the store, read by every event: kept in memory and read again at most every
 * {@value #FRESH_FOR_SECONDS} seconds (at once after a change made here), so routing an event
 * reads no collection. A change made through another replica is in force here within that time.
 */
@Repository
class MongoRoutingRules implements RoutingRules {

    private static final String COLLECTION = "routing_rules";
    static final int FRESH_FOR_SECONDS = 5;

    private final MongoTemplate mongo;
    /** All the rules, under one key: read whole for every event; a change is seen at once here, within seconds on other replicas. */
    private final ReadThroughCache<String, List<RoutingRule>> cache = new ReadThroughCache<>(Duration.ofSeconds(FRESH_FOR_SECONDS), 1);

    MongoRoutingRules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RoutingRule> all() {
        return cache.get(COLLECTION, key -> List.copyOf(mongo.find(new Query().with(Sort.by("_id")), RoutingRule.class, key)));
    }

    @Override
    public Optional<RoutingRule> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RoutingRule.class, COLLECTION));
    }

    @Override
    public RoutingRule save(RoutingRule rule) {
        RoutingRule saved = mongo.save(rule, COLLECTION);
        cache.forget(COLLECTION);
        return saved;
    }

    @Override
    public boolean delete(String id) {
        boolean deleted = mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
        cache.forget(COLLECTION);
        return deleted;
    }
}
