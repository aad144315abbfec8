package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class StoredDocumentsTest {

    private final DataType<Document> documents = StoredDocuments.collectionMap().getValueType();

    @Test
    void aDocumentIsWrittenAsBsonAndReadBackEqualWithEveryKindOfValue() {
        Document dispute = dispute();

        ByteBuffer written = write(documents, dispute, "the next value");

        assertThat(written.get(0)).as("the tag before the BSON").isEqualTo(StoredDocuments.BSON_DOCUMENT);
        Document read = documents.read(written);
        assertThat(read).isEqualTo(dispute);
        assertThat(read.get("reportedAt")).isInstanceOf(Instant.class);
        assertThat(read.get("version")).isInstanceOf(Long.class);
        assertThat(read.get("partiesCount")).isInstanceOf(Integer.class);
        assertThat(read.keySet()).containsExactlyElementsOf(dispute.keySet());
        assertThat(((ObjectDataType) (DataType<?>) documents).read(written)).as("what follows the document").isEqualTo("the next value");
    }

    @Test
    void aDocumentWrittenByJavaSerialisationIsReadAsItIs() {
        Document dispute = dispute();

        ByteBuffer written = write(new ObjectDataType(), dispute, "the next value");

        assertThat(written.get(0)).isNotEqualTo(StoredDocuments.BSON_DOCUMENT);
        assertThat(documents.read(written)).isEqualTo(dispute);
        assertThat(((ObjectDataType) (DataType<?>) documents).read(written)).isEqualTo("the next value");
    }

    @Test
    void aValueThatIsNotADocumentIsWrittenAsH2WritesIt() {
        ObjectDataType values = (ObjectDataType) (DataType<?>) documents;
        ByteBuffer byH2 = write(new ObjectDataType(), 42L, "x");
        ByteBuffer byUs = write(values, 42L, "x");

        assertThat(byUs).isEqualTo(byH2);
        assertThat(values.read(byUs)).isEqualTo(42L);
    }

    @Test
    void theSizeH2PlansWithFollowsTheDocumentsWritten() {
        int before = documents.getMemory(new Document("_id", "D-1"));
        Document large = dispute().append("description", "x".repeat(20_000));
        for (int i = 0; i < 40; i++) {
            write(documents, large, "");
        }
        assertThat(documents.getMemory(new Document("_id", "D-1"))).isGreaterThan(before * 10);
    }

    private static Document dispute() {
        return new Document("_id", "D-2026-000123")
                .append("gridCellId", "GC-101")
                .append("category", "NEIGHBOUR")
                .append("version", 3L)
                .append("partiesCount", 2)
                .append("riskScore", 0.75)
                .append("urgent", Boolean.TRUE)
                .append("closedAt", null)
                .append("reportedAt", Instant.parse("2026-11-29T08:15:30.123Z"))
                .append("outboxId", new ObjectId())
                .append("traceId", UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2"))
                .append("amount", new Decimal128(new java.math.BigDecimal("1234.50")))
                .append("clusterTime", new BsonTimestamp(Instant.parse("2026-11-29T08:15:30Z"), 7))
                .append("parties", List.of(new Document("name", "Resident of Unit 3-201").append("role", "CLAIMANT"),
                        new Document("name", "Resident of Unit 3-301").append("role", "RESPONDENT")))
                .append("layers", List.of("GRID", "COMMUNITY", "STATION"))
                .append("site", new Document("lat", 30.1).append("lon", 120.2).append("address", new Document("block", 7)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ByteBuffer write(DataType type, Object value, Object next) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        new ObjectDataType().write(buffer, next);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return written;
    }
}
