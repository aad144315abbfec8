package org.fengqiao.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Grows a service's database to the size of a busy year by copying what the platform itself stored
 * during a warm-up: every document added since {@link #remember()} (the warm-up's reports, their
 * timelines, logs and notifications) is inserted again under fresh ids, in batches, until the
 * anchor collection holds the number asked for. The copies are finished business: no pending
 * events, nothing due, so they only weigh on the queries, as old data does.
 */
final class StoredData {

    /** What is copied of one database: its anchor collection and size, and which documents may be copied. */
    record Growth(String database, String anchor, long target, Map<String, Predicate<Document>> copyable) {
    }

    private static final int BATCH = 500;

    private final String mongoUri;
    private final Map<String, Set<Object>> before = new HashMap<>();

    StoredData(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    /** Notes the ids already stored in every collection of these databases (reference and demo data). */
    void remember(List<String> databases) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (String name : databases) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    Set<Object> ids = new HashSet<>();
                    database.getCollection(collection).find().projection(new Document("_id", 1)).forEach(d -> ids.add(d.get("_id")));
                    before.put(name + "." + collection, ids);
                }
            }
        }
    }

    /** Copies the documents added since {@link #remember()}; returns each grown collection's size afterwards. */
    Map<String, Long> grow(Growth growth) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase database = client.getDatabase(growth.database());
            Map<String, List<Document>> added = new LinkedHashMap<>();
            growth.copyable().forEach((collection, copyable) -> {
                Set<Object> old = before.getOrDefault(growth.database() + "." + collection, Set.of());
                List<Document> documents = new ArrayList<>();
                database.getCollection(collection).find().forEach(d -> {
                    if (!old.contains(d.get("_id")) && copyable.test(d)) {
                        documents.add(d);
                    }
                });
                added.put(collection, documents);
            });
            long anchorNow = database.getCollection(growth.anchor()).estimatedDocumentCount();
            int perRound = Math.max(1, added.getOrDefault(growth.anchor(), List.of()).size());
            int rounds = (int) Math.max(0, (growth.target() - anchorNow + perRound - 1) / perRound);
            for (Map.Entry<String, List<Document>> entry : added.entrySet()) {
                Set<String> uniqueFields = uniqueFields(database, entry.getKey());
                List<Document> batch = new ArrayList<>(BATCH);
                for (int round = 1; round <= rounds; round++) {
                    String suffix = "~" + round;
                    for (Document original : entry.getValue()) {
                        batch.add(copy(original, suffix, uniqueFields));
                        if (batch.size() == BATCH) {
                            database.getCollection(entry.getKey()).insertMany(batch);
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    database.getCollection(entry.getKey()).insertMany(batch);
                }
                sizes.put(growth.database() + "." + entry.getKey(), database.getCollection(entry.getKey()).estimatedDocumentCount());
            }
        }
        return sizes;
    }

    private static Set<String> uniqueFields(MongoDatabase database, String collection) {
        Set<String> fields = new HashSet<>();
        for (Document index : database.getCollection(collection).listIndexes()) {
            if (Boolean.TRUE.equals(index.getBoolean("unique"))) {
                fields.addAll(index.get("key", Document.class).keySet());
            }
        }
        fields.add("_id");
        return fields;
    }

    private static Document copy(Document original, String suffix, Set<String> uniqueFields) {
        Document copy = new Document(original);
        for (String field : uniqueFields) {
            copy.computeIfPresent(field, (name, value) -> renamed(value, suffix));
        }
        copy.put("pendingEvents", List.of());
        copy.remove("parkedEvents");
        return copy;
    }

    private static Object renamed(Object value, String suffix) {
        return value instanceof String s ? s + suffix : value instanceof ObjectId ? new ObjectId() : value;
    }
}
