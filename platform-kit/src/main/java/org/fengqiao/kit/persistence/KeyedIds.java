package org.fengqiao.kit.persistence;

import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Ids listed under a key, for a lookup that is not by a document's own key (the alerts about one
 * incident, the notifications of one alert): one small document per key, read and written by
 * {@code _id}, so the lookup costs the same with a thousand documents stored or a million. Meant
 * for short lists (tens of ids per key); a list that grows without bound belongs in a
 * {@link Counters numbered} sequence instead.
 *
 * <p>Add an id here before writing the document it names: a crash between the two leaves an id
 * that names nothing, which readers skip, never a document that its key cannot find.
 */
public final class KeyedIds {

    private static final String IDS = "ids";
    /** Keys or ids asked for in one query. */
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final String collection;

    public KeyedIds(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Lists {@code id} under {@code key}; listing it again changes nothing. */
    public void add(String key, String id) {
        mongo.upsert(keyIs(key), new Update().addToSet(IDS, id), collection);
    }

    /** Takes {@code id} off the list of {@code key}; call it after the change that ends the listing is written. */
    public void remove(String key, String id) {
        mongo.updateFirst(keyIs(key), new Update().pull(IDS, id), collection);
    }

    /** The ids listed under {@code key}, in the order they were added; empty when none. */
    public List<String> of(String key) {
        Document listed = mongo.findById(key, Document.class, collection);
        return listed == null ? List.of() : listed.getList(IDS, String.class, List.of());
    }

    /** The ids listed under each of {@code keys}, in the order of the keys given; read in batches by key. */
    public List<String> ofAll(List<String> keys) {
        java.util.Map<String, List<String>> listed = new java.util.HashMap<>();
        byIds(mongo, keys, Document.class, collection).forEach(d -> listed.put(d.getString("_id"), d.getList(IDS, String.class, List.of())));
        List<String> ids = new java.util.ArrayList<>();
        keys.forEach(key -> ids.addAll(listed.getOrDefault(key, List.of())));
        return ids;
    }

    /** The documents of {@code type} whose ids are listed under {@code key}, fetched by key. */
    public <T> List<T> documents(String key, Class<T> type) {
        return byIds(mongo, of(key), type);
    }

    /** The documents of {@code type} with these ids, one lookup by key each on any store. */
    public static <T> List<T> byIds(MongoTemplate mongo, Collection<String> ids, Class<T> type) {
        return byIds(mongo, ids, type, null);
    }

    /** Like {@link #byIds(MongoTemplate, Collection, Class)}, from a named collection; in batches, in no particular order. */
    public static <T> List<T> byIds(MongoTemplate mongo, Collection<String> ids, Class<T> type, String collection) {
        return byIds(mongo, ids, type, collection, List.of());
    }

    /** Like {@link #byIds(MongoTemplate, Collection, Class)}, with only these fields of each document read. */
    public static <T> List<T> fieldsByIds(MongoTemplate mongo, Collection<String> ids, Class<T> type, String... fields) {
        return byIds(mongo, ids, type, null, List.of(fields));
    }

    private static <T> List<T> byIds(MongoTemplate mongo, Collection<String> ids, Class<T> type, String collection, List<String> fields) {
        List<String> all = List.copyOf(ids);
        List<T> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            Query query = new Query(Criteria.where("_id").in(all.subList(from, Math.min(all.size(), from + BATCH))));
            fields.forEach(field -> query.fields().include(field));
            found.addAll(collection == null ? mongo.find(query, type) : mongo.find(query, type, collection));
        }
        return found;
    }

    private static Query keyIs(String key) {
        return new Query(Criteria.where("_id").is(key));
    }
}
