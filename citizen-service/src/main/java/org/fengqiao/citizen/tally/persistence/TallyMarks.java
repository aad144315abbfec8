package org.fengqiao.citizen.tally.persistence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.bson.Document;
import org.fengqiao.citizen.tally.application.TallyBook;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily tallies in step with the records they count. A record is written without the
 * mark {@value #SETTLED} (a changed one loses it, by the same write); right after, its entries are
 * counted into their days and the mark is set, by key, for the version that was counted. If the
 * service stops in between, or the store is away for a moment, the record stays unmarked and the
 * sweep counts it later: counting an entry again adds nothing. The sweep is the one query here not
 * by key: bounded batches, at a slow cadence, never per request. It also counts the records
 * stored before the tallies were kept this way.
 */
@Component
public class TallyMarks {

    /** The field that says a record's entries, as of its version, are counted. */
    public static final String SETTLED = "tallySettled";
    private static final int BATCH = 200;
    private static final int MOST_BATCHES_PER_SWEEP = 100;
    private static final Logger log = LoggerFactory.getLogger(TallyMarks.class);

    /** A collection of records that count, and how a stored one's entries follow from it. */
    private record Source<D>(Class<D> type, Function<D, List<TallyEntry>> entries) {
    }

    private final MongoTemplate mongo;
    private final TallyBook book;
    private final Map<String, Source<?>> sources = new ConcurrentHashMap<>();

    TallyMarks(MongoTemplate mongo, TallyBook book) {
        this.mongo = mongo;
        this.book = book;
    }

    public TallyBook book() {
        return book;
    }

    /** Registers a collection for the sweep: its documents read as {@code type}, their entries by {@code entries}. */
    public <D> void source(String collection, Class<D> type, Function<D, List<TallyEntry>> entries) {
        sources.put(collection, new Source<>(type, entries));
    }

    /**
     * After a record was written: counts its entries and marks it counted. A failure is logged and
     * left to the sweep: the record is stored, and that is what the request asked for.
     *
     * @param version the version written, or null for records that are never changed
     * @return whether that version of the record is marked counted now
     */
    public boolean settle(String collection, Object id, Long version, List<TallyEntry> entries) {
        try {
            book.count(entries);
            Criteria written = Criteria.where("_id").is(id);
            if (version != null) {
                written = written.and("version").is(version);
            }
            return mongo.updateFirst(new Query(written), new Update().set(SETTLED, true), collection).getMatchedCount() == 1;
        } catch (DataAccessException e) {
            log.warn("tally of {} {} left to the sweep: {}", collection, id, e.getMessage());
            return false;
        }
    }

    @Scheduled(fixedDelayString = "${citizen.tallies.sweep-interval}", initialDelayString = "${citizen.tallies.sweep-first-after}")
    public void sweep() {
        sources.forEach(this::sweep);
    }

    /** @return how many records of the collection were counted */
    <D> int sweep(String collection, Source<D> source) {
        int counted = 0;
        try {
            for (int batch = 0; batch < MOST_BATCHES_PER_SWEEP; batch++) {
                List<Document> unsettled = mongo.find(new Query(Criteria.where(SETTLED).ne(true)).limit(BATCH), Document.class, collection);
                int marked = 0;
                for (Document stored : unsettled) {
                    D record = mongo.getConverter().read(source.type(), stored);
                    Object version = stored.get("version");
                    if (settle(collection, stored.get("_id"), version instanceof Number n ? n.longValue() : null, source.entries().apply(record))) {
                        marked++;
                    }
                }
                counted += marked;
                // a batch that marked nothing (the store away, records changing meanwhile) is left to the next sweep
                if (unsettled.size() < BATCH || marked == 0) {
                    break;
                }
            }
        } catch (DataAccessException e) {
            log.warn("tally sweep of {} stopped after {} records: {}", collection, counted, e.getMessage());
        }
        if (counted > 0) {
            log.info("tally sweep counted {} records of {}", counted, collection);
        }
        return counted;
    }
}
