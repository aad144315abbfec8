package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoIT {

    @TempDir
    Path dir;

    @Test
    void keepsDocumentsInTheH2FileAcrossARestart() {
        EmbeddedMongo mongo = EmbeddedMongo.builder().file(dir.resolve("mongo.mv")).port(0).build();
        try {
            mongo.start();
            assertThat(mongo.port()).isPositive();
            assertThat(mongo.uri("dispute")).isEqualTo("mongodb://127.0.0.1:" + mongo.port() + "/dispute");
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> disputes = client.getDatabase("dispute").getCollection("disputes");
                disputes.insertOne(new Document("_id", "D-0001")
                        .append("gridCellId", "GC-101")
                        .append("category", "NEIGHBOUR")
                        .append("parties", List.of("Resident of Unit 3-201", "Resident of Unit 3-301")));
            }
            mongo.stop();
            assertThat(mongo.isRunning()).isFalse();
            assertThat(dir.resolve("mongo.mv")).isNotEmptyFile();
            assertThat(howStored(dir.resolve("mongo.mv"), "databases.dispute.disputes"))
                    .as("the document kept as BSON, not by Java serialisation").containsEntry("D-0001", "BSON");

            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                Document found = client.getDatabase("dispute").getCollection("disputes")
                        .find(Filters.eq("_id", "D-0001")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("gridCellId")).isEqualTo("GC-101");
                assertThat(found.getList("parties", String.class)).hasSize(2);
                assertThat(client.listDatabaseNames().into(new java.util.ArrayList<>())).contains("dispute");
                // Spring Boot 4's MongoDB health indicator runs { hello: 1 } against the service's database
                Document hello = client.getDatabase("dispute").runCommand(new Document("hello", 1));
                assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                assertThat(hello.get("maxWireVersion")).isNotNull();
            }
        } finally {
            mongo.stop();
        }
    }

    @Test
    void findsAndGuardsUniqueKeysOfEveryKindOfValue() {
        EmbeddedMongo mongo = EmbeddedMongo.builder().file(dir.resolve("mongo.mv")).port(0).build();
        try {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> slots = client.getDatabase("citizen").getCollection("slots");
                slots.createIndex(Indexes.ascending("servicePointId", "day", "hour"), new IndexOptions().unique(true));
                for (int i = 0; i < 300; i++) {
                    slots.insertOne(new Document("_id", i % 2 == 0 ? (Object) ("S-" + i) : (Object) (long) i)
                            .append("servicePointId", "SP-" + (i % 7)).append("day", java.util.Date.from(java.time.Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * (i / 7))))
                            .append("hour", i % 7 == 3 ? null : (Object) (8.0 + i % 5)));
                }
                for (int i = 0; i < 300; i++) {
                    Object id = i % 2 == 0 ? "S-" + i : (long) i;
                    assertThat(slots.find(Filters.eq("_id", id)).first()).as("slot %s by _id", id).isNotNull();
                }
                // an integer finds the key stored as a double, as on MongoDB
                assertThat(slots.find(Filters.eq("_id", 7)).first()).isNotNull();
                Document twelfth = slots.find(Filters.eq("_id", "S-12")).first();
                assertThat(slots.find(Filters.and(Filters.eq("servicePointId", "SP-5"), Filters.eq("day", twelfth.get("day")),
                        Filters.eq("hour", 10))).first()).extracting(d -> d.get("_id")).isEqualTo("S-12");
                assertThatThrownBy(() -> slots.insertOne(new Document("_id", "S-again").append("servicePointId", "SP-5")
                        .append("day", twelfth.get("day")).append("hour", 10L))).isInstanceOf(MongoWriteException.class)
                        .hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> slots.insertOne(new Document("_id", 9))).isInstanceOf(MongoWriteException.class)
                        .hasMessageContaining("duplicate key");
            }
            // read back from the file: the keys as they were written (BSON, or serialised where BSON cannot carry them)
            mongo.stop();
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> slots = client.getDatabase("citizen").getCollection("slots");
                for (int i = 0; i < 300; i++) {
                    Object id = i % 2 == 0 ? "S-" + i : (long) i;
                    Document slot = slots.find(Filters.eq("_id", id)).first();
                    assertThat(slot).as("slot %s by _id after a restart", id).isNotNull();
                    assertThat(slots.find(Filters.and(Filters.eq("servicePointId", slot.get("servicePointId")),
                            Filters.eq("day", slot.get("day")), Filters.eq("hour", slot.get("hour")))).first())
                            .as("slot %s by its unique key after a restart", id).extracting(d -> d.get("_id")).isEqualTo(id);
                }
                assertThatThrownBy(() -> slots.insertOne(new Document("_id", "S-again").append("servicePointId", "SP-5")
                        .append("day", Date.from(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L))).append("hour", 10L)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> slots.insertOne(new Document("_id", 9))).isInstanceOf(MongoWriteException.class)
                        .hasMessageContaining("duplicate key");
            }
        } finally {
            mongo.stop();
        }
    }

    @Test
    void aStoreWrittenByAnOlderVersionKeepsFindingItsDocumentsByKey() {
        Path file = dir.resolve("older.mv");
        // what earlier versions of the local stack wrote: the H2 backend with H2's own key order
        MongoServer older = new MongoServer(new H2Backend(MVStore.open(file.toString())));
        String uri = "mongodb://127.0.0.1:" + older.bind().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> notifications = client.getDatabase("notification").getCollection("notifications");
            notifications.createIndex(Indexes.ascending("inboxSlot"), new IndexOptions().unique(true).sparse(true));
            for (int i = 0; i < 2_000; i++) {
                notifications.insertOne(new Document("_id", "N-" + i).append("inboxSlot", "CO-02#" + i));
            }
        }
        older.shutdownNow();

        EmbeddedMongo mongo = EmbeddedMongo.builder().file(file).port(0).build();
        try {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> notifications = client.getDatabase("notification").getCollection("notifications");
                for (int i = 0; i < 2_000; i += 37) {
                    assertThat(notifications.find(Filters.eq("_id", "N-" + i)).first()).as("N-%d by _id", i).isNotNull();
                    assertThat(notifications.find(Filters.eq("inboxSlot", "CO-02#" + i)).first())
                            .extracting(d -> d.get("_id")).isEqualTo("N-" + i);
                }
                assertThatThrownBy(() -> notifications.insertOne(new Document("_id", "N-1999")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> notifications.insertOne(new Document("_id", "N-new").append("inboxSlot", "CO-02#5")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                notifications.insertOne(new Document("_id", "N-2000").append("inboxSlot", "CO-02#2000"));
                assertThat(notifications.countDocuments()).isEqualTo(2_001);
            }
            mongo.stop();
            Map<Object, String> stored = howStored(file, "databases.notification.notifications");
            assertThat(stored).hasSize(2_001).containsEntry("N-2000", "BSON").containsEntry("N-0", "Java serialisation");
            // opened again: already in the new order, nothing rewritten, everything still found
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> notifications = client.getDatabase("notification").getCollection("notifications");
                assertThat(notifications.find(Filters.eq("inboxSlot", "CO-02#2000")).first()).isNotNull();
                assertThat(notifications.find(Filters.eq("_id", "N-777")).first()).isNotNull()
                        .extracting(d -> d.get("inboxSlot")).isEqualTo("CO-02#777");
                assertThat(notifications.find(Filters.eq("_id", "N-2000")).first())
                        .extracting(d -> d.get("inboxSlot")).isEqualTo("CO-02#2000");
            }
        } finally {
            mongo.stop();
        }
    }

    /** How each document of a collection's map is kept in the store's file, by its _id. */
    private static Map<Object, String> howStored(Path file, String mapName) {
        Map<Object, String> stored = new HashMap<>();
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            DataType<de.bwaldvogel.mongo.bson.Document> documents = StoredDocuments.collectionMap().getValueType();
            MVMap<Object, Object> map = store.openMap(mapName, new MVMap.Builder<Object, Object>().valueType(new ObjectDataType() {
                @Override
                public Object read(ByteBuffer buffer) {
                    boolean bson = buffer.get(buffer.position()) == StoredDocuments.BSON_DOCUMENT;
                    de.bwaldvogel.mongo.bson.Document document = documents.read(buffer);
                    stored.put(document.get("_id"), bson ? "BSON" : "Java serialisation");
                    return document;
                }
            }));
            map.forEach((id, document) -> { });
        } finally {
            store.close();
        }
        return stored;
    }
}
