package org.fengqiao.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.dispute.DisputeReported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published contract: every golden fixture of every event version must keep parsing into its
 * record, write back to the same JSON, and match its JSON Schema.
 */
class EventContractTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<EventType<?>> publishedTypes() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0} golden fixture parses into its record and writes back unchanged")
    @MethodSource("publishedTypes")
    void golden_fixture_round_trips(EventType<?> type) throws IOException {
        byte[] fixture = golden(type);

        PlatformEvent event = EventJson.read(fixture, type);
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));

        assertThat(event).isInstanceOf(type.recordType());
        assertThat(written).isEqualTo(EventJson.mapper().readTree(fixture));
    }

    @ParameterizedTest(name = "{0} golden fixture matches its JSON Schema")
    @MethodSource("publishedTypes")
    void golden_fixture_matches_schema(EventType<?> type) throws IOException {
        assertThat(schema(type).validate(EventJson.mapper().readTree(golden(type)))).isEmpty();
        // its time is one of its own fields, and is not written as a field of its own
        String written = EventJson.write(EventJson.read(golden(type), type));
        assertThat(written).doesNotContain("occurredAt")
                .contains("\"" + EventJson.read(golden(type), type).occurredAt() + "\"");
    }

    @ParameterizedTest(name = "{0} schema rejects a payload without its first required field")
    @MethodSource("publishedTypes")
    void schema_rejects_missing_required_field(EventType<?> type) throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(type));
        Schema schema = schema(type);
        String required = schema.getSchemaNode().get("required").get(0).asString();
        payload.remove(required);

        assertThat(schema.validate(payload)).isNotEmpty();
        assertThatThrownBy(() -> EventJson.read(EventJson.mapper().writeValueAsBytes(payload), type))
                .isInstanceOf(InvalidEventException.class);
    }

    @ParameterizedTest(name = "{0}: each required text field refuses a blank value in the schema, as the record does")
    @MethodSource("publishedTypes")
    void a_required_text_field_refuses_blank_in_the_schema_as_in_the_record(EventType<?> type) throws IOException {
        Schema schema = schema(type);
        java.util.Set<String> required = new java.util.HashSet<>();
        schema.getSchemaNode().get("required").forEach(field -> required.add(field.asString()));
        for (java.lang.reflect.RecordComponent component : type.recordType().getRecordComponents()) {
            if (component.getType() != String.class || !required.contains(component.getName())) {
                continue;
            }
            ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(type));
            payload.put(component.getName(), "   ");

            assertThat(schema.validate(payload)).as("%s.%s blank, by the schema", type.name(), component.getName()).isNotEmpty();
            assertThatThrownBy(() -> EventJson.read(EventJson.mapper().writeValueAsBytes(payload), type))
                    .as("%s.%s blank, by the record", type.name(), component.getName()).isInstanceOf(InvalidEventException.class);
        }
    }

    @ParameterizedTest(name = "{0}: the closed enums (RiskLevel, DisputeLayer, ClosureReason) are enums in the schema")
    @MethodSource("publishedTypes")
    void closed_enums_are_enums_in_the_schema_and_an_unknown_value_is_refused_by_both(EventType<?> type) throws IOException {
        Schema schema = schema(type);
        for (java.lang.reflect.RecordComponent component : type.recordType().getRecordComponents()) {
            if (!List.of(org.fengqiao.events.dispute.RiskLevel.class, org.fengqiao.events.dispute.DisputeLayer.class,
                    org.fengqiao.events.dispute.ClosureReason.class).contains(component.getType())) {
                continue;
            }
            JsonNode property = schema.getSchemaNode().get("properties").get(component.getName());
            assertThat(property.get("enum")).as("%s.%s", type.name(), component.getName()).isNotNull();
            assertThat(property.get("enum").valueStream().map(JsonNode::asString).toList()).as("%s.%s", type.name(), component.getName())
                    .containsExactlyElementsOf(java.util.Arrays.stream(component.getType().getEnumConstants()).map(Object::toString).toList());
            ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(type));
            if (payload.has(component.getName())) {
                payload.put(component.getName(), "SOMETHING_NEW");
                assertThat(schema.validate(payload)).as("%s.%s unknown, by the schema", type.name(), component.getName()).isNotEmpty();
                assertThatThrownBy(() -> EventJson.read(EventJson.mapper().writeValueAsBytes(payload), type))
                        .as("%s.%s unknown, by the record", type.name(), component.getName()).isInstanceOf(InvalidEventException.class);
            }
        }
    }

    @Test
    void every_type_lives_on_a_published_topic() {
        assertThat(EventCatalog.ALL).allSatisfy(type -> assertThat(Topics.ALL).contains(type.topic()));
    }

    @Test
    void a_reader_ignores_fields_added_by_a_newer_producer() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.DISPUTE_REPORTED));
        payload.put("someFieldFromTheFuture", "ignored");

        DisputeReported event = EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.DISPUTE_REPORTED);

        assertThat(event.gridCellId()).isEqualTo("GC-101");
    }

    @Test
    void a_dispute_reported_before_origin_existed_still_reads_as_a_direct_report() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.DISPUTE_REPORTED));
        payload.remove("origin");

        DisputeReported event = EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.DISPUTE_REPORTED);

        assertThat(event.origin()).isNull();
        assertThat(schema(EventCatalog.DISPUTE_REPORTED).validate(payload)).isEmpty();
    }

    @Test
    void a_finding_published_before_recorded_at_existed_reads_as_recorded_when_it_was_found() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.SAFETY_HAZARD_FOUND));
        payload.remove("recordedAt");

        SafetyHazardFound event = EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.SAFETY_HAZARD_FOUND);

        assertThat(event.recordedAt()).isEqualTo(event.foundAt()).isEqualTo(event.occurredAt());
        assertThat(schema(EventCatalog.SAFETY_HAZARD_FOUND).validate(payload)).isEmpty();
        assertThat(EventJson.read(golden(EventCatalog.SAFETY_HAZARD_FOUND), EventCatalog.SAFETY_HAZARD_FOUND).occurredAt())
                .as("the time it became known, not the visit's").isEqualTo(java.time.Instant.parse("2026-05-14T09:12:00Z"));
    }

    @Test
    void a_handover_without_the_dispute_grid_cell_names_the_nested_field() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.INCIDENT_HANDED_OVER_AS_DISPUTE));
        ((ObjectNode) payload.get("dispute")).remove("gridCellId");

        assertThat(schema(EventCatalog.INCIDENT_HANDED_OVER_AS_DISPUTE).validate(payload)).isNotEmpty();
        assertThatThrownBy(() -> EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.INCIDENT_HANDED_OVER_AS_DISPUTE))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("dispute.gridCellId"));
    }

    @Test
    void a_reader_sees_an_unknown_category_as_other() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.DISPUTE_REPORTED));
        payload.put("category", "SOME_CATEGORY_FROM_THE_FUTURE");

        DisputeReported event = EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.DISPUTE_REPORTED);

        assertThat(event.category()).isEqualTo(DisputeCategory.OTHER);
    }

    @Test
    void malformed_json_is_an_invalid_event_naming_the_type() {
        assertThatThrownBy(() -> EventJson.read("{not json".getBytes(StandardCharsets.UTF_8), EventCatalog.DISPUTE_REPORTED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("DisputeReported");
    }

    @Test
    void an_event_with_no_people_involved_breaks_the_contract() throws IOException {
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(golden(EventCatalog.DISPUTE_REPORTED));
        payload.put("peopleInvolved", 0);

        assertThatThrownBy(() -> EventJson.read(EventJson.mapper().writeValueAsBytes(payload), EventCatalog.DISPUTE_REPORTED))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("peopleInvolved"));
    }

    private static byte[] golden(EventType<?> type) throws IOException {
        String path = "/golden/" + type.name() + ".v" + type.version() + ".json";
        try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
            assertThat(in).as("golden fixture %s", path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Schema schema(EventType<?> type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            return SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
