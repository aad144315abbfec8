package org.fengqiao.patrol.incident.persistence;

import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.incident.application.Incidents;
import org.fengqiao.patrol.incident.model.Incident;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoIncidents implements Incidents {

    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoIncidents(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Incident save(Incident incident) {
        return store.save(IncidentDocument.of(incident)).toIncident();
    }

    @Override
    public Optional<Incident> find(String id) {
        return Optional.ofNullable(mongo.findById(id, IncidentDocument.class)).map(IncidentDocument::toIncident);
    }
}
