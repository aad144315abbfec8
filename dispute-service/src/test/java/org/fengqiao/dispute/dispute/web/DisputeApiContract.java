package org.fengqiao.dispute.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;
import static org.fengqiao.kit.test.ProblemAssertions.assertServesSwaggerHealthAndMetrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.dispute.DisputeServiceApplication;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a client app sees of the dispute API, whatever the broker and store behind it. */
@SpringBootTest(classes = DisputeServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DisputeApiContract {

    @LocalServerPort
    int port;

    protected abstract String kafkaBrokers();

    private ApiClient api() {
        return ApiClient.localhost(port);
    }

    static Map<String, Object> report(String gridCellId, String description) {
        return Map.of(
                "gridCellId", gridCellId,
                "category", "WAGE_ARREARS",
                "parties", List.of(Map.of("name", "Northgate Builders (general contractor)", "role", "general contractor"),
                        Map.of("name", "Site workers' representatives", "role", "workers")),
                "description", description,
                "peopleInvolved", 40,
                "reporter", Map.of("personId", "IV-0007", "role", "INFORMATION_INVESTIGATOR"));
    }

    @Test
    void a_reported_dispute_can_be_read_back_and_is_published_with_the_callers_correlation_id() {
        Response created = api().post("/api/v1/disputes", report("GC-103", "Three months of wages unpaid"),
                "X-Correlation-Id", "grid-app-123");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/disputes/" + id);
        assertThat(created.header("X-Correlation-Id")).isEqualTo("grid-app-123");
        JsonNode read = api().get("/api/v1/disputes/" + id).json();
        assertThat(read.get("gridCellId").asString()).isEqualTo("GC-103");
        assertThat(read.get("status").asString()).isEqualTo("REPORTED");
        assertThat(read.get("layer").asString()).isEqualTo("INFORMATION");
        assertThat(read.get("parties")).hasSize(2);

        ConsumerRecord<String, byte[]> record = new TopicProbe(kafkaBrokers())
                .await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(20), r -> id.equals(r.key()));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("DisputeReported");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/dispute-service");
        assertThat(TopicProbe.header(record, "ce_correlationid")).isEqualTo("grid-app-123");
        DisputeReported event = EventJson.read(record.value(), EventCatalog.DISPUTE_REPORTED);
        assertThat(event.peopleInvolved()).isEqualTo(40);
        assertThat(event.description()).isEqualTo("Three months of wages unpaid");
    }

    @Test
    void disputes_are_listed_by_grid_cell_newest_first_in_pages() {
        api().post("/api/v1/disputes", report("GC-302", "first in the free-trade zone"));
        api().post("/api/v1/disputes", report("GC-302", "second in the free-trade zone"));
        api().post("/api/v1/disputes", report("GC-302", "third in the free-trade zone"));

        JsonNode page = api().get("/api/v1/disputes?gridCellId=GC-302&size=2").json();

        assertThat(page.get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items")).extracting(item -> item.get("description").asString())
                .containsExactly("third in the free-trade zone", "second in the free-trade zone");
        JsonNode second = api().get("/api/v1/disputes?gridCellId=GC-302&size=2&page=1").json();
        assertThat(second.get("items")).extracting(item -> item.get("description").asString())
                .containsExactly("first in the free-trade zone");
    }

    @Test
    void an_unknown_grid_cell_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = api().get("/api/v1/disputes?gridCellId=GC-999").json().get("totalItems").asLong();

        Response refused = api().post("/api/v1/disputes", report("GC-999", "somewhere unknown"));

        assertProblem(refused, 400, "validation-failed", "gridCellId");
        assertThat(api().get("/api/v1/disputes?gridCellId=GC-999").json().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void missing_fields_are_each_named_in_the_problem() {
        Response refused = api().post("/api/v1/disputes", Map.of("gridCellId", "GC-101", "peopleInvolved", 0));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("category", "parties", "description", "peopleInvolved", "reporter");
    }

    @Test
    void a_wrong_value_type_is_refused_naming_the_field() {
        Response refused = api().post("/api/v1/disputes", """
                {"gridCellId":"GC-101","category":"NOT_A_CATEGORY","parties":[{"name":"A"}],
                 "description":"x","peopleInvolved":2,"reporter":{"personId":"GW-1","role":"GRID_WORKER"}}""");

        assertProblem(refused, 400, "malformed-request", "category");
    }

    @Test
    void an_out_of_range_page_size_is_refused_naming_the_parameter() {
        Response refused = api().get("/api/v1/disputes?size=0");

        assertProblem(refused, 400, "validation-failed", "size");
    }

    @Test
    void an_unknown_dispute_is_a_404_problem() {
        Response missing = api().get("/api/v1/disputes/no-such-dispute");

        assertProblem(missing, 404, "not-found", null);
    }

    @Test
    void the_service_serves_its_openapi_document_health_and_metrics() {
        JsonNode openApi = api().get("/v3/api-docs").json();
        assertThat(openApi.get("paths").has("/api/v1/disputes")).isTrue();
        assertServesSwaggerHealthAndMetrics(api(), "dispute-service");
    }
}
