package org.fengqiao.kit.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counters kept by day (a local date of one zone), so that a period's figures are read from its
 * days by key instead of counted from every record on each request. One document per day:
 * {@code n} holds the counters, {@code counted} the ids of the entries already added, {@code v} a
 * version. An entry is added by reading its day by key and writing it back only if nobody wrote
 * it meanwhile (a filter on {@code _id} and {@code v}, which a unique index on both serves on the
 * embedded store as well): an entry counted twice, even by two replicas at once, adds once. A
 * day's document grows with that day's entries only.
 */
public final class DayCounters {

    /**
     * What one record adds to one day. Its id names the record and the fact counted
     * ({@code <record id>:<fact>}), so counting it again adds nothing.
     *
     * @param counts counter → amount, such as {@code homeVisits → 1, peopleVisited → 3}
     */
    public record Entry(String id, LocalDate day, Map<String, Long> counts) {
        public Entry {
            counts = Map.copyOf(counts);
        }
    }

    private static final int TRIES = 20;

    private final MongoTemplate mongo;
    private final ContendedWrites writes = new ContendedWrites(TRIES);
    private final String collection;
    private final ZoneId zone;

    public DayCounters(MongoTemplate mongo, String collection, ZoneId zone) {
        this.mongo = mongo;
        this.collection = collection;
        this.zone = zone;
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("_id_v"));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The entry of a record's fact that happened {@code at}: on that instant's local date. */
    public Entry entry(String recordId, String fact, Instant at, Map<String, Long> counts) {
        return new Entry(recordId + ":" + fact, LocalDate.ofInstant(at, zone), counts);
    }

    /**
     * Adds the entry's amounts to its day, unless that day has counted the entry already.
     *
     * @return true when it was added now, false when it had been counted before
     */
    public boolean count(Entry entry) {
        String day = entry.day().toString();
        String field = escape(entry.id());
        return writes.write(day, () -> {
            Document stored = mongo.findById(day, Document.class, collection);
            if (stored == null) {
                // an empty day first (should another writer create it meanwhile, the next try adds to theirs), then the entry is added to it like to any other day
                stored = new Document("_id", day).append("v", 0L).append("counted", new Document()).append("n", new Document());
                mongo.insert(stored, collection);
            }
            Document counted = stored.get("counted", Document.class);
            if (counted != null && counted.containsKey(field)) {
                return false;
            }
            Update update = new Update().set("counted." + field, true).inc("v", 1L);
            entry.counts().forEach((counter, amount) -> update.inc("n." + counter, amount));
            long version = ((Number) stored.get("v")).longValue();
            if (mongo.updateFirst(new Query(Criteria.where("_id").is(day).and("v").is(version)), update, collection).getMatchedCount() != 1) {
                throw new OptimisticLockingFailureException("day " + day + " of " + collection + " changed since version " + version);
            }
            return true;
        });
    }

    /** The counters of these days added up, by name ({@code a.b.c} for nested ones); a day with nothing counted adds nothing. */
    public Map<String, Long> sum(Collection<LocalDate> days) {
        Map<String, Long> totals = new HashMap<>();
        Query byKey = new Query(Criteria.where("_id").in(days.stream().map(LocalDate::toString).toList()));
        byKey.fields().include("n");
        for (Document day : mongo.find(byKey, Document.class, collection)) {
            Document n = day.get("n", Document.class);
            if (n != null) {
                add("", n, totals);
            }
        }
        return totals;
    }

    private static void add(String prefix, Document counters, Map<String, Long> into) {
        counters.forEach((name, value) -> {
            if (value instanceof Document nested) {
                add(prefix + name + ".", nested, into);
            } else if (value instanceof Number number) {
                into.merge(prefix + name, number.longValue(), Long::sum);
            }
        });
    }

    /** A field name holds no dot and starts with no dollar. */
    private static String escape(String id) {
        return id.replace('.', '_').replace('$', '_');
    }
}
