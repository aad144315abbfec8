package org.fengqiao.notification.rules.persistence;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.RoutingRule;
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
    private volatile List<RoutingRule> cached;
    private volatile long readAt;

    MongoRoutingRules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RoutingRule> all() {
        List<RoutingRule> rules = cached;
        if (rules == null || System.nanoTime() - readAt > FRESH_FOR_SECONDS * 1_000_000_000L) {
            rules = List.copyOf(mongo.find(new Query().with(Sort.by("_id")), RoutingRule.class, COLLECTION));
            cached = rules;
            readAt = System.nanoTime();
        }
        return rules;
    }

    @Override
    public Optional<RoutingRule> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RoutingRule.class, COLLECTION));
    }

    @Override
    public RoutingRule save(RoutingRule rule) {
        RoutingRule saved = mongo.save(rule, COLLECTION);
        cached = null;
        return saved;
    }

    @Override
    public boolean delete(String id) {
        boolean deleted = mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
        cached = null;
        return deleted;
    }
}
