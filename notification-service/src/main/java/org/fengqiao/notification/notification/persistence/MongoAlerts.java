package org.fengqiao.notification.notification.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.DueIndex;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.notification.notification.application.Alerts;
import org.fengqiao.notification.notification.model.Alert;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoAlerts implements Alerts {

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final Clock clock;
    private final KeyedIds aboutSubject;
    /** When each unacknowledged alert repeats next, filed before the alert is written. */
    private final DueIndex repeats;

    MongoAlerts(MongoTemplate mongo, OutboxStore store, Clock clock, Contract<DomainEvent> contract) {
        this.mongo = mongo;
        this.store = store;
        this.contract = contract;
        this.clock = clock;
        this.aboutSubject = new KeyedIds(mongo, "alert_subjects");
        this.repeats = new DueIndex(mongo, "alert_repeats");
    }

    @Override
    public boolean addIfAbsent(Alert alert, Map<String, Object> payload) {
        if (alert.subjectId() != null) {
            aboutSubject.add(alert.subjectId(), alert.id());
        }
        fileNextRepeat(alert);
        AlertDocument document = new AlertDocument();
        document.apply(alert);
        document.payload = payload;
        try {
            store.save(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Stored> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AlertDocument.class)).map(d -> new Stored(d.toAlert(), d.payload));
    }

    @Override
    public Optional<Alert> updateIfUnchanged(String id, Function<Alert, Alert.Changed> change) {
        AlertDocument document = mongo.findById(id, AlertDocument.class);
        if (document == null) {
            return Optional.empty();
        }
        Alert.Changed changed = change.apply(document.toAlert());
        if (changed == null) {
            return Optional.empty();
        }
        document.setPendingEvents(null);
        fileNextRepeat(changed.next());
        document.apply(changed.next());
        try {
            return Optional.of(store.save(document, changed, contract).toAlert());
        } catch (OptimisticLockingFailureException concurrent) {
            return Optional.empty();
        }
    }

    @Override
    public List<Alert> openAbout(String subjectId) {
        return aboutSubject.documents(subjectId, AlertDocument.class).stream().filter(d -> d.acknowledgedAt == null)
                .map(AlertDocument::toAlert).toList();
    }

    @Override
    public List<Alert> about(String subjectId) {
        return aboutSubject.documents(subjectId, AlertDocument.class).stream().map(AlertDocument::toAlert).toList();
    }

    private void fileNextRepeat(Alert alert) {
        if (alert.acknowledgedAt() == null && alert.nextRepeatAt() != null) {
            repeats.file(alert.id(), alert.nextRepeatAt());
        }
    }

    @Override
    public List<String> dueBetween(Instant from, Instant to) {
        return repeats.dueBetween(from, to);
    }

    @Override
    public List<Alert> open(int limit) {
        Query query = new Query(Criteria.where("acknowledgedAt").is(null)).with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(limit);
        return mongo.find(query, AlertDocument.class).stream().map(AlertDocument::toAlert).toList();
    }

    @Override
    public List<String> due(Instant now, int maxRepeats, int limit) {
        Query query = new Query(Criteria.where("acknowledgedAt").is(null).and("nextRepeatAt").lte(now).and("repeats").lt(maxRepeats))
                .with(Sort.by("nextRepeatAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, AlertDocument.class).stream().map(d -> d.id).toList();
    }
}
