package org.fengqiao.dispute.kpi.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The log behind the KPIs, one document per dispute in collection {@code dispute_kpi_events}: the
 * dispute's events that the KPIs read ({@link DisputeKpis#reads}), in the order they were read,
 * each added once by an {@code $addToSet} of its {@code ce_id}, type and payload, so a redelivery
 * is a no-op and each event costs one write by key. The disputes reported on each day, UTC, are
 * listed in {@code disputes_reported_on} (written before the dispute's document), so a period's
 * cohort is its days' lists and one document per dispute, all read by key: the cost of a year's
 * KPIs follows the year's disputes, never their events or all that is stored.
 *
 * <p>Events logged before this layout have one document each ({@code dispute_event_log}), listed
 * by dispute in {@code dispute_event_ids}: they are read from there, also by key, before the
 * dispute's later events, and never written again.
 */
@Repository
class MongoDisputeEventLog implements DisputeEventLog {

    private static final String COLLECTION = "dispute_kpi_events";
    private static final String EVENTS = "events";
    private static final String EARLIER_LOG = "dispute_event_log";
    private static final String EARLIER_IDS = "dispute_event_ids";

    private final MongoTemplate mongo;
    private final BucketedIds reportedOn;
    /** Whether this store holds events logged in the earlier layout: a store started since never will. */
    private final boolean earlierLayout;

    MongoDisputeEventLog(MongoTemplate mongo) {
        this.mongo = mongo;
        this.reportedOn = new BucketedIds(mongo, "disputes_reported_on");
        this.earlierLayout = mongo.collectionExists(EARLIER_IDS);
    }

    @Override
    public void append(String eventId, DisputeEvent event) {
        if (!DisputeKpis.reads(event)) {
            return;
        }
        if (event instanceof DisputeReported reported) {
            reportedOn.add(DayKeys.of(reported.reportedAt()), reported.disputeId());
        }
        Document entry = new Document("id", eventId)
                .append("type", event.getClass().getSimpleName())
                .append("payload", EventJson.write(event));
        mongo.upsert(new Query(Criteria.where("_id").is(event.disputeId())), new Update().addToSet(EVENTS, entry), COLLECTION);
    }

    @Override
    public List<DisputeEvent> reportedIn(Instant from, Instant to) {
        List<String> disputeIds = reportedOn.ofAll(DayKeys.between(from, to));
        Map<String, List<Document>> earlier = loggedEarlier(disputeIds);
        Map<String, List<Document>> later = new HashMap<>();
        KeyedIds.byIds(mongo, disputeIds, Document.class, COLLECTION)
                .forEach(d -> later.put(d.getString("_id"), d.getList(EVENTS, Document.class, List.of())));
        // each dispute's events in the order they were read; one read both before and after the
        // change of layout is in both, and the KPIs read it once
        List<DisputeEvent> events = new ArrayList<>();
        for (String id : disputeIds) {
            earlier.getOrDefault(id, List.of()).forEach(entry -> events.add(event(entry)));
            later.getOrDefault(id, List.of()).forEach(entry -> events.add(event(entry)));
        }
        return events;
    }

    /**
     * The events logged one document per event, before this layout, of those of the disputes that
     * have any (for disputes reported since, the lookup by key finds nothing; on a store that never
     * held the earlier layout there is no lookup).
     */
    private Map<String, List<Document>> loggedEarlier(List<String> disputeIds) {
        if (!earlierLayout) {
            return Map.of();
        }
        Map<String, List<String>> eventIdsOf = new HashMap<>();
        KeyedIds.byIds(mongo, disputeIds, Document.class, EARLIER_IDS)
                .forEach(d -> eventIdsOf.put(d.getString("_id"), d.getList("ids", String.class, List.of())));
        Map<String, Document> stored = new HashMap<>();
        KeyedIds.byIds(mongo, eventIdsOf.values().stream().flatMap(List::stream).toList(), Document.class, EARLIER_LOG)
                .forEach(d -> stored.put(d.getString("_id"), d));
        Map<String, List<Document>> eventsOf = new HashMap<>();
        eventIdsOf.forEach((disputeId, eventIds) -> eventsOf.put(disputeId,
                eventIds.stream().map(stored::get).filter(Objects::nonNull).toList()));
        return eventsOf;
    }

    private static DisputeEvent event(Document entry) {
        EventType<?> type = EventCatalog.byName(entry.getString("type")).orElseThrow();
        return (DisputeEvent) EventJson.read(entry.getString("payload").getBytes(StandardCharsets.UTF_8), type);
    }
}
