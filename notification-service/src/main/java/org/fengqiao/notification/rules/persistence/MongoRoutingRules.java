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

@Repository
class MongoRoutingRules implements RoutingRules {

    private static final String COLLECTION = "routing_rules";

    private final MongoTemplate mongo;

    MongoRoutingRules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RoutingRule> all() {
        return mongo.find(new Query().with(Sort.by("_id")), RoutingRule.class, COLLECTION);
    }

    @Override
    public Optional<RoutingRule> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RoutingRule.class, COLLECTION));
    }

    @Override
    public RoutingRule save(RoutingRule rule) {
        return mongo.save(rule, COLLECTION);
    }

    @Override
    public boolean delete(String id) {
        return mongo.remove(new Query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
    }
}
