package org.fengqiao.dispute.kpi.persistence;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.dispute.DisputeEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The event log in collection {@code dispute_event_log}, keyed by {@code ce_id} so a redelivery is a no-op. */
@Repository
class MongoDisputeEventLog implements DisputeEventLog {

    private static final String COLLECTION = "dispute_event_log";

    private final MongoTemplate mongo;

    MongoDisputeEventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(String eventId, DisputeEvent event) {
        try {
            mongo.insert(new Document("_id", eventId)
                    .append("type", event.getClass().getSimpleName())
                    .append("disputeId", event.disputeId())
                    .append("at", java.util.Date.from(DisputeKpis.occurredAt(event)))
                    .append("loggedAt", java.util.Date.from(Instant.now()))
                    .append("payload", EventJson.write(event)), COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            // the same event again: already logged
        }
    }

    @Override
    public List<DisputeEvent> all() {
        // in the order they were read from the topic, which keeps each dispute's own order
        Query query = new Query().with(Sort.by("loggedAt", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoDisputeEventLog::event).toList();
    }

    private static DisputeEvent event(Document stored) {
        EventType<?> type = EventCatalog.byName(stored.getString("type")).orElseThrow();
        return (DisputeEvent) EventJson.read(stored.getString("payload").getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
