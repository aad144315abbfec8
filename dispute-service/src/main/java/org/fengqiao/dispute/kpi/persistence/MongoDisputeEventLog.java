package org.fengqiao.dispute.kpi.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.bson.Document;
import org.fengqiao.dispute.kpi.application.DisputeEventLog;
import org.fengqiao.dispute.kpi.application.KpiTallies;
import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.dispute.kpi.model.KpiTally;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.persistence.BucketedIds;
import org.fengqiao.kit.persistence.DayKeys;
import org.fengqiao.kit.persistence.KeyedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The log behind the KPIs, one document per dispute in collection {@code dispute_kpi_events}: the
 * dispute's events that the KPIs read ({@link DisputeKpis#reads}), in the order they were read,
 * each added once by an {@code $addToSet} of its {@code ce_id}, type and payload, so a redelivery
 * is a no-op and each event costs one write by key, which returns the document as it was: the
 * dispute's events before this one, from which its share of the running tallies before and after
 * the event is worked out and the difference added ({@link MongoKpiTallies}). The disputes reported on each day, UTC, are
 * listed in {@code disputes_reported_on} (written before the dispute's document), so a period's
 * cohort is its days' lists and one document per dispute, all read by key: the cost of a year's
 * KPIs folded from the log follows the year's disputes, never their events or all that is stored
 * (the running tallies answer most requests without it).
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

    /** Disputes whose events are read at once when a period's events are read. */
    static final int DISPUTES_PER_READ = 500;

    private static final Logger log = LoggerFactory.getLogger(MongoDisputeEventLog.class);

    private final MongoTemplate mongo;
    private final MongoKpiTallies tallies;
    private final BucketedIds reportedOn;
    /** Whether this store holds events logged in the earlier layout: a store started since never will. */
    private final boolean earlierLayout;
    private final int disputesPerRead;

    @Autowired
    MongoDisputeEventLog(MongoTemplate mongo, MongoKpiTallies tallies) {
        this(mongo, tallies, DISPUTES_PER_READ);
    }

    MongoDisputeEventLog(MongoTemplate mongo, MongoKpiTallies tallies, int disputesPerRead) {
        this.disputesPerRead = disputesPerRead;
        this.mongo = mongo;
        this.tallies = tallies;
        this.reportedOn = new BucketedIds(mongo, "disputes_reported_on");
        this.earlierLayout = mongo.collectionExists(EARLIER_IDS);
        if (tallies.firstStart() && (earlierLayout || mongo.collectionExists(COLLECTION))) {
            fileTallies();
        }
    }

    @Override
    public void appendAll(List<Read> events) {
        List<Read> read = events.stream().filter(e -> DisputeKpis.reads(e.event())).toList();
        if (read.isEmpty()) {
            return;
        }
        // listed under the day they were reported on before the log names them
        Map<String, List<String>> reportedOnDay = new LinkedHashMap<>();
        for (Read e : read) {
            if (e.event() instanceof DisputeReported reported) {
                reportedOnDay.computeIfAbsent(DayKeys.of(reported.reportedAt()), day -> new ArrayList<>()).add(reported.disputeId());
            }
        }
        reportedOnDay.forEach(reportedOn::addAll);
        List<String> disputeIds = read.stream().map(e -> e.event().disputeId()).distinct().toList();
        Map<String, List<Document>> stored = new HashMap<>();
        KeyedIds.byIds(mongo, disputeIds, Document.class, COLLECTION)
                .forEach(d -> stored.put(d.getString("_id"), d.getList(EVENTS, Document.class, List.of())));
        Map<String, List<Document>> earlier = loggedEarlier(disputeIds);
        // each dispute's log as kept before these events, then as each of them finds it, read once
        Map<String, KeptLog> logs = new HashMap<>();
        Map<String, List<Document>> added = new LinkedHashMap<>();
        List<KpiTallies.Change> changes = new ArrayList<>();
        for (Read e : read) {
            String disputeId = e.event().disputeId();
            KeptLog log = logs.computeIfAbsent(disputeId,
                    id -> new KeptLog(earlier.getOrDefault(id, List.of()), stored.getOrDefault(id, List.of())));
            int kept = log.ids.indexOf(e.eventId());
            if (kept >= 0 && e.position() == null) {
                // kept already, and no position to tell whether it was tallied too: it was
                continue;
            }
            // the dispute's events before this one: all those kept, or those before it when it was
            // kept already; then it may have been tallied too, which only its position tells
            List<DisputeEvent> prior = log.before(kept);
            if (kept < 0) {
                log.add(e.eventId(), e.event());
                added.computeIfAbsent(disputeId, id -> new ArrayList<>()).add(new Document("id", e.eventId())
                        .append("type", e.event().getClass().getSimpleName())
                        .append("payload", EventJson.write(e.event())));
            }
            KpiTally.Share change = KpiTally.changeOf(prior, e.event());
            if (change != null) {
                changes.add(new KpiTallies.Change(change.reportedAt(), change.gridCellId(), change.tally(), e.position()));
            }
        }
        if (!added.isEmpty()) {
            BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            added.forEach((disputeId, entries) ->
                    writes.upsert(new Query(Criteria.where("_id").is(disputeId)), new Update().addToSet(EVENTS).each(entries.toArray())));
            writes.execute();
        }
        // the log first: should the tallies' write fail, the records are read again and find their events kept
        tallies.addAll(changes);
    }

    /** A dispute's events as kept (those of the earlier layout first), with the ids of those in this layout. */
    private static final class KeptLog {

        private final List<String> ids = new ArrayList<>();
        private final List<DisputeEvent> events = new ArrayList<>();
        private final int earlier;

        KeptLog(List<Document> earlierEntries, List<Document> entries) {
            earlierEntries.forEach(entry -> events.add(event(entry)));
            earlier = events.size();
            entries.forEach(entry -> add(entry.getString("id"), event(entry)));
        }

        /** The events before the one kept at {@code kept}; all of them when it is not kept ({@code -1}). */
        List<DisputeEvent> before(int kept) {
            return List.copyOf(events.subList(0, kept >= 0 ? earlier + kept : events.size()));
        }

        void add(String id, DisputeEvent event) {
            ids.add(id);
            events.add(event);
        }
    }

    /**
     * Files every dispute of the log in the running tallies, the first time this version starts on
     * a store that holds a log but no tallies: a scan, once.
     */
    private void fileTallies() {
        Map<String, List<DisputeEvent>> eventsOf = new LinkedHashMap<>();
        if (earlierLayout) {
            List<String> ids = new ArrayList<>();
            mongo.getCollection(EARLIER_IDS).find().forEach(d -> ids.add(d.getString("_id")));
            loggedEarlier(ids).forEach((id, logged) -> logged.forEach(e -> eventsOf.computeIfAbsent(id, x -> new ArrayList<>()).add(event(e))));
        }
        for (Document dispute : mongo.getCollection(COLLECTION).find()) {
            dispute.getList(EVENTS, Document.class, List.of())
                    .forEach(e -> eventsOf.computeIfAbsent(dispute.getString("_id"), x -> new ArrayList<>()).add(event(e)));
        }
        List<KpiTally.Share> shares = new ArrayList<>();
        for (List<DisputeEvent> events : eventsOf.values()) {
            KpiTally.Share share = KpiTally.shareOf(events);
            if (share != null) {
                shares.add(share);
            }
        }
        tallies.file(shares);
        if (!shares.isEmpty()) {
            log.info("filed the KPI tallies of the {} disputes logged so far", shares.size());
        }
    }

    @Override
    public Iterable<List<DisputeEvent>> reportedIn(Instant from, Instant to) {
        List<String> disputeIds = reportedOn.ofAll(DayKeys.between(from, to));
        // one part of the ids read at a time, as the fold pulls the next dispute
        return () -> IntStream.iterate(0, start -> start < disputeIds.size(), start -> start + disputesPerRead)
                .mapToObj(start -> disputeIds.subList(start, Math.min(start + disputesPerRead, disputeIds.size())))
                .flatMap(part -> eventsOf(part).stream())
                .iterator();
    }

    /** The events of each of these disputes that has any, in the order of the ids, by key. */
    private List<List<DisputeEvent>> eventsOf(List<String> disputeIds) {
        Map<String, List<Document>> earlier = loggedEarlier(disputeIds);
        Map<String, List<Document>> later = new HashMap<>();
        KeyedIds.byIds(mongo, disputeIds, Document.class, COLLECTION)
                .forEach(d -> later.put(d.getString("_id"), d.getList(EVENTS, Document.class, List.of())));
        // each dispute's events in the order they were read; one read both before and after the
        // change of layout is in both, and the KPIs read it once
        List<List<DisputeEvent>> events = new ArrayList<>();
        for (String id : disputeIds) {
            List<DisputeEvent> ofDispute = new ArrayList<>();
            earlier.getOrDefault(id, List.of()).forEach(entry -> ofDispute.add(event(entry)));
            later.getOrDefault(id, List.of()).forEach(entry -> ofDispute.add(event(entry)));
            if (!ofDispute.isEmpty()) {
                events.add(ofDispute);
            }
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
