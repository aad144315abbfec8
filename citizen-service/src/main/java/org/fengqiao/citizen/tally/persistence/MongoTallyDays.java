package org.fengqiao.citizen.tally.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.fengqiao.citizen.tally.application.TallyDays;
import org.fengqiao.citizen.tally.model.DayTotals;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per day ({@code _id} the local date): {@code n} holds the counters, {@code counted}
 * the ids of the entries already added, {@code v} a version. An entry is added by reading the day
 * by key and writing it back only if nobody wrote it meanwhile (a filter on {@code _id} and
 * {@code v}, which a unique index on both serves on the embedded store as well), so an entry
 * counted twice, even by two replicas at once, adds once.
 */
@Repository
class MongoTallyDays implements TallyDays, SmartInitializingSingleton {

    static final String COLLECTION = "tally_days";
    private static final int TRIES = 20;

    private final MongoTemplate mongo;

    MongoTallyDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("_id_v"));
    }

    @Override
    public boolean count(TallyEntry entry) {
        String day = entry.day().toString();
        String key = "counted." + escape(entry.id());
        for (int i = 0; i < TRIES; i++) {
            Document stored = mongo.findById(day, Document.class, COLLECTION);
            if (stored == null) {
                // an empty day first, then the entry is added to it like to any other day
                try {
                    mongo.insert(new Document("_id", day).append("v", 0L).append("counted", new Document()).append("n", new Document()),
                            COLLECTION);
                } catch (DuplicateKeyException createdMeanwhile) {
                    // another writer created it: add to theirs
                }
                continue;
            }
            Document counted = stored.get("counted", Document.class);
            if (counted != null && counted.containsKey(escape(entry.id()))) {
                return false;
            }
            Update update = new Update().set(key, true).inc("v", 1L);
            entry.counts().forEach((counter, amount) -> update.inc("n." + counter, amount));
            long version = ((Number) stored.get("v")).longValue();
            if (mongo.updateFirst(new Query(Criteria.where("_id").is(day).and("v").is(version)), update, COLLECTION).getMatchedCount() == 1) {
                return true;
            }
        }
        throw new OptimisticLockingFailureException("tally day " + day + " kept changing under " + TRIES + " tries");
    }

    @Override
    public DayTotals sum(Collection<LocalDate> days) {
        DayTotals totals = new DayTotals();
        Query byKey = new Query(Criteria.where("_id").in(days.stream().map(LocalDate::toString).toList()));
        byKey.fields().include("n");
        for (Document day : mongo.find(byKey, Document.class, COLLECTION)) {
            Document n = day.get("n", Document.class);
            if (n != null) {
                totals.add(flatten("", n, new HashMap<>()));
            }
        }
        return totals;
    }

    /** {@code {activities: {SAFETY_TOUR: {held: 2}}}} → {@code activities.SAFETY_TOUR.held → 2}. */
    private static Map<String, Long> flatten(String prefix, Document document, Map<String, Long> into) {
        document.forEach((name, value) -> {
            if (value instanceof Document nested) {
                flatten(prefix + name + ".", nested, into);
            } else if (value instanceof Number number) {
                into.put(prefix + name, number.longValue());
            }
        });
        return into;
    }

    /** A field name holds no dot and starts with no dollar. */
    private static String escape(String id) {
        return id.replace('.', '_').replace('$', '_');
    }
}
