package org.fengqiao.kit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Ids listed under a key without bound (the disputes reported on one day, the checks due in one
 * minute of a busy hour), kept in numbered buckets of {@value #BUCKET} ids: adding one costs an
 * increment of the key's count and a write to one small bucket, by key, whether the key already
 * lists ten ids or a hundred thousand. One growing document per key (what {@link KeyedIds} keeps,
 * for short lists) would make every add rewrite, re-measure and re-copy the whole list on the
 * store; the capacity benchmark showed those writes as the store's largest cost under load.
 *
 * <p>The key's own document holds the count ({@code last}); bucket {@code b} of a key is the
 * document {@code <key>/<b>}, holding the ids numbered {@code b*100+1} to {@code b*100+100}. A key
 * document written by {@link KeyedIds} (an {@code ids} list) is read as the key's first ids, so a
 * collection that kept short lists can grow into this without a migration.
 *
 * <p>Adding the same id again lists it again (a replayed event); readers get each id once. As
 * with {@link KeyedIds}, add the id before writing the document it names: a crash between the two
 * leaves an id that names nothing, which readers skip.
 */
public final class BucketedIds {

    /** Ids per bucket document. */
    static final int BUCKET = 100;
    private static final String IDS = "ids";
    private static final String LAST = "last";

    private final MongoTemplate mongo;
    private final String collection;
    private final Counters counts;

    public BucketedIds(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
        this.counts = new Counters(mongo, collection);
    }

    /** Lists {@code id} under {@code key}. */
    public void add(String key, String id) {
        addAll(key, List.of(id));
    }

    /**
     * Lists the ids under {@code key}, in their order: one increment of the key's count, and one
     * write for each bucket they fall in (one, mostly).
     */
    public void addAll(String key, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long first = counts.next(key, ids.size());
        Map<Long, List<String>> byBucket = new java.util.TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byBucket.computeIfAbsent((first + i - 1) / BUCKET, b -> new ArrayList<>()).add(ids.get(i));
        }
        byBucket.forEach((b, inBucket) -> mongo.upsert(new Query(Criteria.where("_id").is(bucket(key, b))),
                new Update().addToSet(IDS).each(inBucket.toArray()), collection));
    }

    /** The ids listed under {@code key}, in the order they were added, each once; empty when none. */
    public List<String> of(String key) {
        return ofAll(List.of(key));
    }

    /** The ids listed under each of {@code keys}, in the order of the keys given, each once; read in batches by key. */
    public List<String> ofAll(List<String> keys) {
        Map<String, Document> heads = byId(keys);
        List<String> buckets = new ArrayList<>();
        for (String key : keys) {
            for (long b = 0; b * BUCKET < last(heads.get(key)); b++) {
                buckets.add(bucket(key, b));
            }
        }
        Map<String, Document> bucketed = byId(buckets);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String key : keys) {
            Document head = heads.get(key);
            if (head == null) {
                continue;
            }
            ids.addAll(head.getList(IDS, String.class, List.of()));
            for (long b = 0; b * BUCKET < last(head); b++) {
                Document bucket = bucketed.get(bucket(key, b));
                if (bucket != null) {
                    ids.addAll(bucket.getList(IDS, String.class, List.of()));
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Files what {@code source} held before this list was kept: each document's id under the key of
     * its {@code field} (an instant). A scan of {@code source}, once per store, at start: a marker
     * document in this list's collection remembers that it was done. Filing an id that is listed
     * already is harmless (readers get each id once), so a stop halfway only means doing it again.
     *
     * @return how many documents were filed now (0 when it had been done before)
     */
    public long fileStoredOnce(String source, String field, Function<Instant, String> keyOf) {
        String marker = "filed:" + source;
        if (mongo.findById(marker, Document.class, collection) != null) {
            return 0;
        }
        Query stored = new Query();
        stored.fields().include(field);
        long filed = 0;
        for (Document document : mongo.find(stored, Document.class, source)) {
            if (document.get(field) instanceof Date at) {
                add(keyOf.apply(at.toInstant()), String.valueOf(document.get("_id")));
                filed++;
            }
        }
        mongo.save(new Document("_id", marker).append("filed", filed), collection);
        return filed;
    }

    private static long last(Document head) {
        return head != null && head.get(LAST) instanceof Number n ? n.longValue() : 0;
    }

    private Map<String, Document> byId(List<String> ids) {
        Map<String, Document> found = new HashMap<>();
        KeyedIds.byIds(mongo, ids, Document.class, collection).forEach(document -> found.put(document.getString("_id"), document));
        return found;
    }

    private static String bucket(String key, long number) {
        return key + "/" + number;
    }
}
