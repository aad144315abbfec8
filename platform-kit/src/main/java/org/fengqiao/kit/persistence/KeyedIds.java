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

    /** The ids listed under {@code key}, in the order they were added; empty when none. */
    public List<String> of(String key) {
        Document listed = mongo.findById(key, Document.class, collection);
        return listed == null ? List.of() : listed.getList(IDS, String.class, List.of());
    }

    /** The documents of {@code type} whose ids are listed under {@code key}, fetched by key. */
    public <T> List<T> documents(String key, Class<T> type) {
        return byIds(mongo, of(key), type);
    }

    /** The documents of {@code type} with these ids, one lookup by key each on any store. */
    public static <T> List<T> byIds(MongoTemplate mongo, Collection<String> ids, Class<T> type) {
        return ids.isEmpty() ? List.of() : mongo.find(new Query(Criteria.where("_id").in(ids)), type);
    }

    private static Query keyIs(String key) {
        return new Query(Criteria.where("_id").is(key));
    }
}
