package org.fengqiao.kit.persistence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps {@link DayCounters} in step with the records they count. A record is written without the
 * mark {@value #COUNTED} (a changed one loses it by the same write: give the document class a
 * {@code Boolean} field of that name, left null); right after, its entries are counted into their
 * days and the mark is set, by key, for the version that was counted. If the service stops in
 * between, or the store is away for a moment, the record stays unmarked and the {@link #sweep()}
 * counts it later: counting an entry again adds nothing. The sweep is the one query here not by
 * key, in bounded batches, for a scheduler to run at a slow cadence; it also counts the records
 * stored before they were counted this way.
 */
public final class CountedRecords {

    /** The field that says a record's entries, as of its version, are counted. */
    public static final String COUNTED = "countedByDay";
    private static final int BATCH = 200;
    private static final int MOST_BATCHES_PER_SWEEP = 100;
    private static final Logger log = LoggerFactory.getLogger(CountedRecords.class);

    /** A collection of records that count, and how a stored one's entries follow from it. */
    private record Source<D>(Class<D> type, Function<D, List<DayCounters.Entry>> entries) {
    }

    private final MongoTemplate mongo;
    private final DayCounters days;
    private final Map<String, Source<?>> sources = new ConcurrentHashMap<>();

    public CountedRecords(MongoTemplate mongo, DayCounters days) {
        this.mongo = mongo;
        this.days = days;
    }

    public DayCounters days() {
        return days;
    }

    /** Registers a collection for the sweep: its documents read as {@code type}, their entries by {@code entries}. */
    public <D> void source(String collection, Class<D> type, Function<D, List<DayCounters.Entry>> entries) {
        sources.put(collection, new Source<>(type, entries));
    }

    /**
     * After a record of a {@link #source registered} collection was written, as it was written
     * (its id, and its version if it has one): counts its entries and marks it counted. A failure
     * is logged and left to the sweep: the record is stored, and that is what the request asked for.
     *
     * @return whether that version of the record is marked counted now
     */
    public <D> boolean written(String collection, D record) {
        @SuppressWarnings("unchecked")
        Source<D> source = (Source<D>) sources.get(collection);
        if (source == null) {
            throw new IllegalStateException(collection + " is not registered as a source of counted records");
        }
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(record.getClass());
        PersistentPropertyAccessor<D> accessor = entity.getPropertyAccessor(record);
        Object version = entity.hasVersionProperty() ? accessor.getProperty(entity.getRequiredVersionProperty()) : null;
        return settle(collection, entity.getIdentifierAccessor(record).getRequiredIdentifier(),
                version instanceof Number n ? n.longValue() : null, source.entries().apply(record));
    }

    /** @param version the version written ({@code version} field), or null for records written whole each time */
    private boolean settle(String collection, Object id, Long version, List<DayCounters.Entry> entries) {
        try {
            entries.forEach(days::count);
            Criteria written = Criteria.where("_id").is(id);
            if (version != null) {
                written = written.and("version").is(version);
            }
            return mongo.updateFirst(new Query(written), new Update().set(COUNTED, true), collection).getMatchedCount() == 1;
        } catch (DataAccessException e) {
            log.warn("counting {} {} left to the sweep: {}", collection, id, e.getMessage());
            return false;
        }
    }

    /** Counts the records of every source that are not marked counted; returns how many were counted. */
    public int sweep() {
        int counted = 0;
        for (Map.Entry<String, Source<?>> source : sources.entrySet()) {
            counted += sweep(source.getKey(), source.getValue());
        }
        return counted;
    }

    private <D> int sweep(String collection, Source<D> source) {
        int counted = 0;
        try {
            for (int batch = 0; batch < MOST_BATCHES_PER_SWEEP; batch++) {
                List<Document> unmarked = mongo.find(new Query(Criteria.where(COUNTED).ne(true)).limit(BATCH), Document.class, collection);
                int marked = 0;
                for (Document stored : unmarked) {
                    D record = mongo.getConverter().read(source.type(), stored);
                    Object version = stored.get("version");
                    if (settle(collection, stored.get("_id"), version instanceof Number n ? n.longValue() : null, source.entries().apply(record))) {
                        marked++;
                    }
                }
                counted += marked;
                // a batch that marked nothing (the store away, records changing meanwhile) is left to the next sweep
                if (unmarked.size() < BATCH || marked == 0) {
                    break;
                }
            }
        } catch (DataAccessException e) {
            log.warn("sweep of {} stopped after {} records: {}", collection, counted, e.getMessage());
        }
        if (counted > 0) {
            log.info("sweep counted {} records of {}", counted, collection);
        }
        return counted;
    }
}
