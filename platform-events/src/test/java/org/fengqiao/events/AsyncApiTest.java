package org.fengqiao.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The AsyncAPI document: the committed file is what the catalog and the schemas make, it is a
 * valid AsyncAPI 3.0 document (the specification's own JSON Schema), and it names every event type
 * on its topic. After a change to the catalog or a schema: {@code mvn -pl platform-events test
 * -Dtest=AsyncApiTest -Dasyncapi.update=true} rewrites the file.
 */
class AsyncApiTest {

    private static final Path COMMITTED = Path.of("src/main/resources" + AsyncApi.RESOURCE);

    @Test
    void the_committed_document_is_what_the_catalog_and_the_schemas_make() throws IOException {
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(COMMITTED, AsyncApi.json());
        }
        assertThat(Files.readString(COMMITTED)).as("%s; regenerate it with -Dasyncapi.update=true", COMMITTED).isEqualTo(AsyncApi.json());
    }

    @Test
    void it_is_a_valid_asyncapi_3_document() throws IOException {
        Schema asyncApi;
        try (InputStream in = AsyncApiTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApi = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertThat(asyncApi.validate(AsyncApi.document())).isEmpty();
        JsonNode broken = AsyncApi.document().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.get("channels").get(Topics.DISPUTE_EVENTS)).put("address", 42);
        assertThat(asyncApi.validate(broken)).as("the validator does look").isNotEmpty();
    }

    @Test
    void every_event_type_is_a_message_of_its_topic_with_its_schema_and_every_reference_resolves() {
        JsonNode doc = AsyncApi.document();
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(doc.at("/channels/" + type.topic() + "/messages/" + type.name() + "/$ref").asString())
                    .as(type.name()).isEqualTo("#/components/messages/" + type.name());
            assertThat(doc.at("/components/schemas/" + type.name() + "/title").asString()).isEqualTo(type.name());
            assertThat(doc.at("/components/messages/" + type.name() + "/x-dataschema").asString())
                    .isEqualTo("urn:fengqiao:events:" + type.name() + ":v" + type.version());
        }
        assertThat(doc.get("channels").propertyNames()).containsAll(Topics.ALL);
        assertThat(doc.at("/channels/dispute.events.dlt/address").asString()).isEqualTo("dispute.events.{consumerGroup}.dlt");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asString());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
