package org.fengqiao.patrol.duty.persistence;

import java.util.List;
import java.util.Optional;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.KeyedIds;
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
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    /** The duties of each dispute, so a dispute's risk events find its duty by key. */
    private final KeyedIds ofDispute;

    MongoDuties(MongoTemplate mongo, OutboxStore store, Contract<DomainEvent> contract) {
        this.contract = contract;
        this.mongo = mongo;
        this.store = store;
        this.ofDispute = new KeyedIds(mongo, "duties_by_dispute");
    }

    @Override
    public OrderMaintenanceDuty save(OrderMaintenanceDuty duty) {
        ofDispute.add(duty.snapshot().disputeId(), duty.snapshot().id());
        return store.save(DutyDocument.of(duty), duty, contract).toDuty();
    }

    @Override
    public Optional<OrderMaintenanceDuty> activeFor(String disputeId) {
        return ofDispute(disputeId).stream().filter(d -> d.status == OrderMaintenanceDuty.Status.ACTIVE).findFirst()
                .map(DutyDocument::toDuty);
    }

    /** The dispute's duties, newest first, by key. */
    private List<DutyDocument> ofDispute(String disputeId) {
        return ofDispute.documents(disputeId, DutyDocument.class).stream()
                .sorted(java.util.Comparator.comparing((DutyDocument d) -> d.assignedAt).reversed()).toList();
    }

    @Override
    public List<OrderMaintenanceDuty> search(String teamId, OrderMaintenanceDuty.Status status, String disputeId, int limit) {
        if (disputeId != null) {
            return ofDispute(disputeId).stream().filter(d -> teamId == null || teamId.equals(d.teamId))
                    .filter(d -> status == null || status == d.status).limit(limit).map(DutyDocument::toDuty).toList();
        }
        Criteria criteria = new Criteria();
        if (teamId != null) {
            criteria = criteria.and("teamId").is(teamId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "assignedAt")).limit(limit), DutyDocument.class)
                .stream().map(DutyDocument::toDuty).toList();
    }
}
