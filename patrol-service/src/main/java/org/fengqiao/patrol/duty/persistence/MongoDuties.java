package org.fengqiao.patrol.duty.persistence;

import java.util.List;
import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.duty.application.Duties;
import org.fengqiao.patrol.duty.model.OrderMaintenanceDuty;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDuties implements Duties {

    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoDuties(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public OrderMaintenanceDuty save(OrderMaintenanceDuty duty) {
        return store.save(DutyDocument.of(duty)).toDuty();
    }

    @Override
    public Optional<OrderMaintenanceDuty> activeFor(String disputeId) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("disputeId").is(disputeId)
                .and("status").is(OrderMaintenanceDuty.Status.ACTIVE)), DutyDocument.class)).map(DutyDocument::toDuty);
    }

    @Override
    public List<OrderMaintenanceDuty> search(String teamId, OrderMaintenanceDuty.Status status, String disputeId, int limit) {
        Criteria criteria = new Criteria();
        if (teamId != null) {
            criteria = criteria.and("teamId").is(teamId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (disputeId != null) {
            criteria = criteria.and("disputeId").is(disputeId);
        }
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "assignedAt")).limit(limit), DutyDocument.class)
                .stream().map(DutyDocument::toDuty).toList();
    }
}
