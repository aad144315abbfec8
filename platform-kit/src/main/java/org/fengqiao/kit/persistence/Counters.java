package org.fengqiao.kit.persistence;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Numbers handed out per key (1, 2, 3, ...), each exactly once even with several writers: one small
 * document per key, changed by an atomic increment by {@code _id}. Numbering the documents that
 * belong to one owner (a recipient's inbox) lets a page of them be fetched by key, newest first,
 * however many documents the collection holds.
 */
public final class Counters {

    private static final String LAST = "last";
    private static final String UNUSED = "unused";

    private final MongoTemplate mongo;
    private final String collection;

    public Counters(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** What was handed out under a key: the last number, and how many of the numbers name nothing. */
    public record Issued(long last, long unused) {

        public long used() {
            return last - unused;
        }
    }

    /** The next number of {@code key}, starting at 1. */
    public long next(String key) {
        return next(key, 1);
    }

    /** The next {@code count} numbers of {@code key}, in one write: the first of them is returned. */
    public long next(String key, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " < 1");
        }
        Document counter = mongo.findAndModify(keyIs(key), new Update().inc(LAST, (long) count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        return ((Number) counter.get(LAST)).longValue() - count + 1;
    }

    /** Records that a number of {@code key} was handed out but names nothing (its write was refused). */
    public void unused(String key) {
        mongo.upsert(keyIs(key), new Update().inc(UNUSED, 1L), collection);
    }

    public Issued issued(String key) {
        Document counter = mongo.findById(key, Document.class, collection);
        if (counter == null) {
            return new Issued(0, 0);
        }
        return new Issued(number(counter.get(LAST)), number(counter.get(UNUSED)));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Query keyIs(String key) {
        return new Query(Criteria.where("_id").is(key));
    }
}
