package org.fengqiao.patrol.incident.persistence;

import java.util.Optional;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.patrol.incident.application.Incidents;
import org.fengqiao.patrol.incident.model.Incident;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoIncidents implements Incidents {

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    /** Every incident by the day (UTC) it was reported: a month's assessment reads its days by key. */
    private final BucketedIds reportedOnDay;

    MongoIncidents(MongoTemplate mongo, OutboxStore store, Contract<DomainEvent> contract) {
        this.contract = contract;
        this.mongo = mongo;
        this.store = store;
        this.reportedOnDay = new BucketedIds(mongo, "incidents_reported_on");
        reportedOnDay.fileStoredOnce(mongo.getCollectionName(IncidentDocument.class), "reportedAt", DayKeys::of);
    }

    @Override
    public Incident save(Incident incident) {
        IncidentDocument document = IncidentDocument.of(incident);
        if (document.getVersion() == null) {
            // listed before the incident is written: a crash between leaves an id that names nothing
            reportedOnDay.add(DayKeys.of(incident.snapshot().reportedAt()), incident.snapshot().id());
        }
        return store.save(document, incident, contract).toIncident();
    }

    @Override
    public java.util.List<Incident> reportedIn(java.time.Instant from, java.time.Instant to) {
        return KeyedIds.byIds(mongo, reportedOnDay.ofAll(DayKeys.between(from, to)), IncidentDocument.class).stream()
                .map(IncidentDocument::toIncident)
                .filter(i -> !i.snapshot().reportedAt().isBefore(from) && i.snapshot().reportedAt().isBefore(to)).toList();
    }

    @Override
    public Optional<Incident> find(String id) {
        return Optional.ofNullable(mongo.findById(id, IncidentDocument.class)).map(IncidentDocument::toIncident);
    }
}
