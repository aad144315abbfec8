package org.fengqiao.benchmarks;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The store alone, with documents the size of the platform's: single inserts, reads and updates by
 * {@code _id} one after the other (what a request does), and inserts in batches of 100.
 */
public final class RawStore {

    public record Result(int documentSize, double insertsPerSecond, double readsByIdPerSecond, double updatesByIdPerSecond,
                         double batchedInsertsPerSecond) {
    }

    public static Result measure(String mongoUri, int documentSize, int singleOperations, int batchedDocuments) {
        String padding = "x".repeat(documentSize);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> collection = client.getDatabase("benchmark").getCollection("raw-" + System.nanoTime());
            for (int i = 0; i < 200; i++) {
                collection.insertOne(new Document("_id", "warm-" + i).append("body", padding));
            }
            long start = System.nanoTime();
            for (int i = 0; i < singleOperations; i++) {
                collection.insertOne(new Document("_id", "doc-" + i).append("body", padding).append("n", i));
            }
            double inserts = rate(singleOperations, start);
            start = System.nanoTime();
            for (int i = 0; i < singleOperations; i++) {
                collection.find(eq("_id", "doc-" + i)).first();
            }
            double reads = rate(singleOperations, start);
            start = System.nanoTime();
            for (int i = 0; i < singleOperations; i++) {
                collection.updateOne(eq("_id", "doc-" + i), Updates.set("n", -i));
            }
            double updates = rate(singleOperations, start);
            start = System.nanoTime();
            for (int batch = 0; batch < batchedDocuments / 100; batch++) {
                List<Document> documents = new ArrayList<>(100);
                for (int i = 0; i < 100; i++) {
                    documents.add(new Document("_id", "batch-" + batch + "-" + i).append("body", padding));
                }
                collection.insertMany(documents);
            }
            double batched = rate(batchedDocuments, start);
            collection.drop();
            return new Result(documentSize, inserts, reads, updates, batched);
        }
    }

    private static double rate(int operations, long startNanos) {
        return operations / ((System.nanoTime() - startNanos) / 1e9);
    }

    private RawStore() {
    }
}
