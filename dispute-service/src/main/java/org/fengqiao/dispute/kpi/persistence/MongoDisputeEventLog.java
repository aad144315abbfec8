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
import org.fengqiao.events.dispute.DisputeReported;
import org.springframework.dao.DuplicateKeyException;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The event log in collection {@code dispute_event_log}, keyed by {@code ce_id} so a redelivery is
 * a no-op, with two lists by key to find a period's cohort without a scan: each dispute's event
 * ids in the order read ({@code dispute_event_ids}), and the disputes reported on each day, UTC
 * ({@code disputes_reported_on}). The lists are written before the event they name.
 */
@Repository
class MongoDisputeEventLog implements DisputeEventLog {

    private static final String COLLECTION = "dispute_event_log";

    private final MongoTemplate mongo;
    private final KeyedIds eventsOf;
    private final BucketedIds reportedOn;

    MongoDisputeEventLog(MongoTemplate mongo) {
        this.mongo = mongo;
        this.eventsOf = new KeyedIds(mongo, "dispute_event_ids");
        this.reportedOn = new BucketedIds(mongo, "disputes_reported_on");
    }

    @Override
    public void append(String eventId, DisputeEvent event) {
        if (event instanceof DisputeReported reported) {
            reportedOn.add(DayKeys.of(reported.reportedAt()), reported.disputeId());
        }
        eventsOf.add(event.disputeId(), eventId);
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
    public List<DisputeEvent> reportedIn(Instant from, Instant to) {
        List<String> eventIds = eventsOf.ofAll(reportedOn.ofAll(DayKeys.between(from, to)));
        java.util.Map<String, Document> stored = new java.util.HashMap<>();
        KeyedIds.byIds(mongo, eventIds, Document.class, COLLECTION).forEach(d -> stored.put(d.getString("_id"), d));
        // each dispute's events in the order they were read from the topic
        return eventIds.stream().map(stored::get).filter(java.util.Objects::nonNull).map(MongoDisputeEventLog::event).toList();
    }

    private static DisputeEvent event(Document stored) {
        EventType<?> type = EventCatalog.byName(stored.getString("type")).orElseThrow();
        return (DisputeEvent) EventJson.read(stored.getString("payload").getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
