package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

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
}
