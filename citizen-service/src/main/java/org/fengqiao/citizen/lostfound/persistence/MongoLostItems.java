package org.fengqiao.citizen.lostfound.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.citizen.lostfound.application.LostItems;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.CountedRecords;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoLostItems implements LostItems {

    private static final String COLLECTION = "lost_items";

    @Document("lost_items")
    static class LostItemDocument extends OutboxDocument {
        @Id
        String id;
        /** Set once this version is counted into the station's day counters (CountedRecords); a change unsets it. */
        Boolean countedByDay;
        String handoverId;
        LostItemKind kind;
        String description;
        String handedOverBy;
        String servicePointId;
        Instant receivedAt;
        Instant keptUntil;
        String ownerRef;
        LostItem.Status status;
        Instant notifiedAt;
        Instant closedAt;
        String closedBy;

        static LostItemDocument of(LostItem item) {
            LostItem.Snapshot s = item.snapshot();
            LostItemDocument d = new LostItemDocument();
            d.id = s.id();
            d.handoverId = s.handoverId();
            d.kind = s.kind();
            d.description = s.description();
            d.handedOverBy = s.handedOverBy();
            d.servicePointId = s.servicePointId();
            d.receivedAt = s.receivedAt();
            d.keptUntil = s.keptUntil();
            d.ownerRef = s.ownerRef();
            d.status = s.status();
            d.notifiedAt = s.notifiedAt();
            d.closedAt = s.closedAt();
            d.closedBy = s.closedBy();
            d.setVersion(s.version());
            return d;
        }

        LostItem toItem() {
            return LostItem.restore(new LostItem.Snapshot(id, handoverId, kind, description, handedOverBy, servicePointId, receivedAt, keptUntil,
                    ownerRef, status, notifiedAt, closedAt, closedBy, getVersion()));
        }
    }

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final CountedRecords counted;

    MongoLostItems(MongoTemplate mongo, OutboxStore store, CountedRecords counted, Contract<DomainEvent> contract) {
        this.mongo = mongo;
        this.store = store;
        this.counted = counted;
        counted.source(COLLECTION, LostItemDocument.class, this::tallyEntries);
        this.contract = contract;
    }

    @Override
    public LostItem save(LostItem item) {
        LostItemDocument saved = store.save(LostItemDocument.of(item), item, contract);
        counted.written(COLLECTION, saved);
        return saved.toItem();
    }

    private List<DayCounters.Entry> tallyEntries(LostItemDocument item) {
        List<DayCounters.Entry> entries = new java.util.ArrayList<>();
        entries.add(counted.days().entry(item.id, "received", item.receivedAt, Map.of(LostItem.RECEIVED_COUNTER, 1L)));
        if (item.status == LostItem.Status.RETURNED && item.closedAt != null) {
            entries.add(counted.days().entry(item.id, "returned", item.closedAt, Map.of(LostItem.RETURNED_COUNTER, 1L)));
        }
        if (item.status == LostItem.Status.DISPOSED && item.closedAt != null) {
            entries.add(counted.days().entry(item.id, "disposed", item.closedAt, Map.of(LostItem.DISPOSED_COUNTER, 1L)));
        }
        return entries;
    }

    @Override
    public Optional<LostItem> find(String id) {
        return Optional.ofNullable(mongo.findById(id, LostItemDocument.class)).map(LostItemDocument::toItem);
    }

    @Override
    public List<LostItem> search(LostItem.Status status, String handoverId, int limit) {
        Criteria c = new Criteria();
        if (status != null) {
            c = c.and("status").is(status);
        }
        if (handoverId != null) {
            c = c.and("handoverId").is(handoverId);
        }
        return mongo.find(new Query(c).with(Sort.by(Sort.Direction.DESC, "receivedAt", "id")).limit(limit), LostItemDocument.class)
                .stream().map(LostItemDocument::toItem).toList();
    }

    @Override
    public List<LostItem> byOwner(String ownerRef, int limit) {
        return mongo.find(new Query(Criteria.where("ownerRef").is(ownerRef)).with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit),
                LostItemDocument.class).stream().map(LostItemDocument::toItem).toList();
    }

    @Override
    public List<LostItem> keptPast(Instant now, int limit) {
        return mongo.find(new Query(Criteria.where("status").in(LostItem.Status.HELD, LostItem.Status.OWNER_NOTIFIED).and("keptUntil").lte(now))
                .with(Sort.by("keptUntil")).limit(limit), LostItemDocument.class).stream().map(LostItemDocument::toItem).toList();
    }
}
