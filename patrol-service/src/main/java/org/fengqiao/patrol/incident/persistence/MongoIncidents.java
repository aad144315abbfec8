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
    public java.util.List<Incident> reportedIn(java.time.Instant from, java.time.Instant to) {
        return mongo.find(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("reportedAt").gte(from).lt(to)), IncidentDocument.class)
                .stream().map(IncidentDocument::toIncident).toList();
    }

    @Override
    public Optional<Incident> find(String id) {
        return Optional.ofNullable(mongo.findById(id, IncidentDocument.class)).map(IncidentDocument::toIncident);
    }
}
