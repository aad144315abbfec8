package org.fengqiao.console.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.fengqiao.console.flow.RecordSummary;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The index behind "follow a case": one document per key ({@code _id} = a correlation id, an
 * aggregate id or a reference such as a citizen reference or the event id a notification was
 * triggered by), listing where each record of it lies (topic, partition, offset) with what the page
 * shows of it. Kept as the records flow ({@link #add}: one bulk write per batch, each entry added
 * once by {@code $addToSet}, so reading a record again changes nothing); read by key only, so
 * following a case never scans a topic or the store.
 */
@Repository
public class CaseIndex {

    static final String COLLECTION = "case_index";
    private static final String ENTRIES = "entries";

    private final MongoTemplate mongo;

    public CaseIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds each record under each of its keys; one write to the store for the whole batch. */
    public void add(List<RecordSummary> records) {
        Map<String, List<Document>> byKey = new LinkedHashMap<>();
        for (RecordSummary record : records) {
            if (record.deadLetter()) {
                continue; // a dead letter is a copy of a record already indexed where it was published
            }
            Document entry = entry(record);
            for (String key : record.caseKeys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byKey.forEach((key, entries) -> bulk.upsert(new Query(Criteria.where("_id").is(key)),
                new Update().addToSet(ENTRIES).each(entries.toArray())));
        bulk.execute();
    }

    /**
     * The records of a case, in time order: those under {@code key}, then, one step further, those
     * of the same flows (their correlation ids) and those triggered by them (the notifications of
     * an event are filed under the event's id). Two reads by key.
     */
    public List<RecordSummary> find(String key) {
        List<RecordSummary> direct = read(List.of(key));
        Set<String> further = new LinkedHashSet<>();
        for (RecordSummary record : direct) {
            if (record.correlationId() != null) {
                further.add(record.correlationId());
            }
            if (record.id() != null) {
                further.add(record.id());
            }
        }
        further.remove(key);
        Map<String, RecordSummary> all = new LinkedHashMap<>();
        direct.forEach(record -> all.put(where(record), record));
        read(further).forEach(record -> all.putIfAbsent(where(record), record));
        return all.values().stream()
                .sorted(Comparator.comparing(RecordSummary::time).thenComparing(RecordSummary::topic).thenComparing(RecordSummary::offset))
                .toList();
    }

    /** Empties the index (before it is read again from the topics). */
    public void clear() {
        mongo.dropCollection(COLLECTION);
    }

    private List<RecordSummary> read(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<RecordSummary> records = new ArrayList<>();
        for (Document document : mongo.find(new Query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)) {
            for (Document entry : document.getList(ENTRIES, Document.class, List.of())) {
                records.add(record(entry));
            }
        }
        return records;
    }

    private static String where(RecordSummary record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static Document entry(RecordSummary record) {
        Document entry = new Document("topic", record.topic()).append("partition", record.partition()).append("offset", record.offset())
                .append("type", record.type()).append("time", Date.from(record.time()));
        put(entry, "key", record.key());
        put(entry, "id", record.id());
        put(entry, "source", record.source());
        put(entry, "subject", record.subject());
        put(entry, "correlationId", record.correlationId());
        put(entry, "traceId", record.traceId());
        if (!record.references().isEmpty()) {
            entry.append("references", new Document(new LinkedHashMap<String, Object>(record.references())));
        }
        if (!record.details().isEmpty()) {
            entry.append("details", new Document(new LinkedHashMap<String, Object>(record.details())));
        }
        return entry;
    }

    private static Map<String, String> texts(Document entry, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        Document stored = entry.get(field, Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> texts.put(name, String.valueOf(value)));
        }
        return texts;
    }

    private static void put(Document entry, String field, String value) {
        if (value != null) {
            entry.append(field, value);
        }
    }

    private static RecordSummary record(Document entry) {
        Instant time = entry.getDate("time").toInstant();
        return new RecordSummary(entry.getString("topic"), entry.getInteger("partition"), ((Number) entry.get("offset")).longValue(),
                entry.getString("key"), entry.getString("type"), entry.getString("id"), time, entry.getString("source"),
                entry.getString("subject"), entry.getString("correlationId"), entry.getString("traceId"), texts(entry, "references"), texts(entry, "details"));
    }
}
