package org.fengqiao.dispute.dispute.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.dispute.dispute.application.DisputeFilter;
import org.fengqiao.dispute.dispute.application.DisputePage;
import org.fengqiao.dispute.dispute.application.Disputes;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.dispute.dispute.application.WatchDeadlines;
import org.fengqiao.dispute.dispute.messaging.DisputeContract;
import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.DueIndex;
import org.fengqiao.kit.persistence.PagedSearch;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDisputes implements Disputes {

    private final DisputeRepository repository;
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final DueIndex checks;
    private final DeadlinePolicy deadlines;
    private final WatchDeadlines.InvitationPolicy invitations;
    private final DisputeContract contract;

    MongoDisputes(DisputeRepository repository, MongoTemplate mongo, OutboxStore store, DeadlinePolicy deadlines,
                  WatchDeadlines.InvitationPolicy invitations, DisputeContract contract) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.checks = new DueIndex(mongo, "dispute_checks");
        this.deadlines = deadlines;
        this.invitations = invitations;
        this.contract = contract;
    }

    @Override
    public Dispute save(Dispute dispute) {
        // filed before the write: a refused write leaves a hint that names nothing due, never a due dispute nobody finds
        dispute.nextCheckAt(deadlines, invitations.remindAfter(), invitations.raiseAfter()).ifPresent(at -> checks.file(dispute.id(), at));
        return store.save(DisputeDocument.of(dispute), dispute, contract).toDispute();
    }

    @Override
    public List<String> dueBetween(Instant from, Instant to) {
        return checks.dueBetween(from, to);
    }

    @Override
    public Optional<Dispute> find(String id) {
        return repository.findById(id).map(DisputeDocument::toDispute);
    }

    @Override
    public List<Dispute> dueBefore(Instant instant, int limit) {
        Query query = new Query(Criteria.where(DisputeDocument.STATUS).is(DisputeStatus.OPEN).and(DisputeDocument.DEADLINE).lte(instant))
                .with(Sort.by(DisputeDocument.DEADLINE)).limit(limit);
        return mongo.find(query, DisputeDocument.class).stream().map(DisputeDocument::toDispute).toList();
    }

    @Override
    public List<Dispute> withUnansweredInvitations(int limit) {
        Query query = new Query(Criteria.where(DisputeDocument.STATUS).in(DisputeStatus.OPEN, DisputeStatus.AWAITING_PARTY)
                .and("layer").is(org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION)).limit(limit);
        return mongo.find(query, DisputeDocument.class).stream().map(DisputeDocument::toDispute)
                .filter(Dispute::hasUnansweredInvitations).toList();
    }

    @Override
    public DisputePage search(DisputeFilter filter, int page, int size) {
        PagedSearch.Found<Dispute> found = PagedSearch.where().is("gridCellId", filter.gridCellId()).is("status", filter.status())
                .is("category", filter.category()).is("layer", filter.layer())
                .page(mongo, DisputeDocument.class, Sort.by(Sort.Direction.DESC, "reportedAt").and(Sort.by("id")), page, size,
                        DisputeDocument::toDispute);
        return new DisputePage(found.items(), page, size, found.total());
    }
}
