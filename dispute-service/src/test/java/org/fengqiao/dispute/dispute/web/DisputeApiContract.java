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
import org.fengqiao.events.access.Role;
import org.fengqiao.kit.test.AccessMatrix;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a client app sees of the dispute API, whatever the broker and store behind it. */
@SpringBootTest(classes = DisputeServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DisputeApiContract {

    @LocalServerPort
    int port;

    protected abstract String kafkaBrokers();

    @Autowired
    List<AccessPolicy> policies;

    /** The grid worker IV-0007 of GC-101 reports; the community officer CO-02 reads. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("IV-0007");
    }

    private ApiClient officer() {
        return ApiClient.localhost(port).by("CO-02");
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
        JsonNode read = officer().get("/api/v1/disputes/" + id).json();
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
    void a_report_retried_with_the_same_idempotency_key_is_stored_once_and_answered_the_same() {
        String description = "retried after a timeout " + java.util.UUID.randomUUID();
        String key = "report-" + java.util.UUID.randomUUID();
        Response first = api().post("/api/v1/disputes", report("GC-304", description), "Idempotency-Key", key);
        Response again = api().post("/api/v1/disputes", report("GC-304", description), "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(storedWith("GC-304", description)).isEqualTo(1);

        // the same key for another request is a client's mistake, not a retry
        assertProblem(api().post("/api/v1/disputes", report("GC-304", description + " (edited)"), "Idempotency-Key", key),
                422, "idempotency-key-reused", "Idempotency-Key");
        assertProblem(api().post("/api/v1/disputes", report("GC-304", description), "Idempotency-Key", "not a key!"),
                400, "validation-failed", "Idempotency-Key");
        // without a key, each request is a new report
        api().post("/api/v1/disputes", report("GC-304", description));
        assertThat(storedWith("GC-304", description)).isEqualTo(2);
    }

    private long storedWith(String gridCellId, String description) {
        return officer().get("/api/v1/disputes?gridCellId=" + gridCellId + "&size=100").json().get("items").valueStream()
                .filter(item -> item.get("description").asString().equals(description)).count();
    }

    @Test
    void disputes_are_listed_by_grid_cell_newest_first_in_pages() {
        api().post("/api/v1/disputes", report("GC-302", "first in the free-trade zone"));
        api().post("/api/v1/disputes", report("GC-302", "second in the free-trade zone"));
        api().post("/api/v1/disputes", report("GC-302", "third in the free-trade zone"));

        JsonNode page = officer().get("/api/v1/disputes?gridCellId=GC-302&size=2").json();

        assertThat(page.get("totalItems").asInt()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items")).extracting(item -> item.get("description").asString())
                .containsExactly("third in the free-trade zone", "second in the free-trade zone");
        JsonNode second = officer().get("/api/v1/disputes?gridCellId=GC-302&size=2&page=1").json();
        assertThat(second.get("items")).extracting(item -> item.get("description").asString())
                .containsExactly("first in the free-trade zone");
    }

    @Test
    void an_unknown_grid_cell_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = officer().get("/api/v1/disputes?gridCellId=GC-999").json().get("totalItems").asLong();

        Response refused = api().post("/api/v1/disputes", report("GC-999", "somewhere unknown"));

        assertProblem(refused, 400, "validation-failed", "gridCellId");
        assertThat(officer().get("/api/v1/disputes?gridCellId=GC-999").json().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void missing_fields_are_each_named_in_the_problem() {
        Response refused = api().post("/api/v1/disputes", Map.of("gridCellId", "GC-101", "peopleInvolved", 0));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("category", "parties", "description", "peopleInvolved");
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
        Response refused = officer().get("/api/v1/disputes?size=0");

        assertProblem(refused, 400, "validation-failed", "size");
    }

    @Test
    void an_unknown_dispute_is_a_404_problem() {
        Response missing = officer().get("/api/v1/disputes/no-such-dispute");

        assertProblem(missing, 404, "not-found", null);
    }

    @Test
    void the_service_serves_its_openapi_document_health_and_metrics() {
        JsonNode openApi = api().anonymous().get("/v3/api-docs").json();
        assertThat(openApi.get("paths").has("/api/v1/disputes")).isTrue();
        assertServesSwaggerHealthAndMetrics(api(), "dispute-service");
    }

    @Test
    void every_operation_refuses_callers_without_a_token_or_without_the_role() {
        AccessMatrix.assertGuardedAndDocumented(api(), policies, "dispute-service");
    }

    @Test
    void hostile_requests_generated_from_the_openapi_document_get_a_4xx_problem_never_a_5xx() {
        org.fengqiao.kit.test.HostileInput.assertAnsweredWithout5xx(api(), 40);
    }

    @Test
    void a_report_names_the_signed_in_person_as_reporter_and_nobody_reports_as_someone_else() {
        Map<String, Object> withoutReporter = new java.util.HashMap<>(report("GC-101", "neighbours quarrel over a wall"));
        withoutReporter.remove("reporter");

        Response mine = ApiClient.localhost(port).by("IV-0002").post("/api/v1/disputes", withoutReporter);
        Response asSomeoneElse = ApiClient.localhost(port).by("IV-0002").post("/api/v1/disputes", report("GC-101", "as IV-0007"));

        assertThat(mine.status()).isEqualTo(201);
        assertThat(mine.json().get("reporter").get("personId").asString()).isEqualTo("IV-0002");
        assertThat(mine.json().get("reporter").get("role").asString()).isEqualTo("INFORMATION_INVESTIGATOR");
        assertProblem(asSomeoneElse, 403, "forbidden", "reporter.personId");
    }

    @Test
    void a_reporter_reads_their_own_report_and_not_anyone_elses() {
        String mine = api().post("/api/v1/disputes", report("GC-101", "my report")).json().get("id").asString();
        Map<String, Object> residentReport = new java.util.HashMap<>(report("GC-101", "a resident's report"));
        residentReport.remove("reporter");
        String theirs = ApiClient.localhost(port).by("CZ-90001").post("/api/v1/disputes", residentReport).json().get("id").asString();

        assertThat(api().get("/api/v1/disputes/" + mine).status()).isEqualTo(200);
        assertProblem(api().get("/api/v1/disputes/" + theirs), 403, "forbidden", null);
        assertProblem(api().get("/api/v1/disputes/" + theirs + "/timeline"), 403, "forbidden", null);
        assertThat(ApiClient.localhost(port).by("CZ-90001").get("/api/v1/disputes/" + theirs).json().get("reporter").get("role").asString())
                .isEqualTo("RESIDENT");
        assertProblem(ApiClient.localhost(port).by("CZ-90001").get("/api/v1/disputes"), 403, "forbidden", null);
    }

    @Test
    void a_city_hotline_system_reports_for_a_named_reporter_and_reads_but_cannot_triage() {
        ApiClient hotline = ApiClient.localhost(port).as(TestTokens.system("city-hotline", "disputes.report", "disputes.read").token());

        Response reported = hotline.post("/api/v1/disputes", report("GC-103", "called in to the hotline"));
        Map<String, Object> noReporter = new java.util.HashMap<>(report("GC-103", "nobody named"));
        noReporter.remove("reporter");

        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().get("reporter").get("personId").asString()).isEqualTo("IV-0007");
        assertProblem(hotline.post("/api/v1/disputes", noReporter), 400, "validation-failed", "reporter");
        assertThat(hotline.get("/api/v1/disputes/" + reported.json().get("id").asString()).status()).isEqualTo(200);
        assertProblem(hotline.post("/api/v1/disputes/" + reported.json().get("id").asString() + "/triage", Map.of("version", 0)),
                403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).as(TestTokens.system("statistics-bureau", "kpis.read").token())
                .post("/api/v1/disputes", report("GC-103", "not allowed")), 403, "forbidden", null);
    }

    @Test
    void tokens_that_are_expired_foreign_forged_or_for_another_audience_are_refused() {
        ApiClient anonymous = ApiClient.localhost(port);
        String path = "/api/v1/disputes?size=1";
        assertThat(anonymous.by("CO-02").get(path).status()).isEqualTo(200);

        assertProblem(anonymous.get(path), 401, "unauthenticated", null);
        assertProblem(anonymous.as(TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).expired().token()).get(path),
                401, "unauthenticated", null);
        assertProblem(anonymous.as(TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).fromIssuer("https://idp.elsewhere.example").token())
                .get(path), 401, "unauthenticated", null);
        assertProblem(anonymous.as(TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).signedWithAnotherKey().token()).get(path),
                401, "unauthenticated", null);
        assertProblem(anonymous.as(TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).audience("some-other-api").token()).get(path),
                401, "unauthenticated", null);
        assertProblem(anonymous.as("not-a-jwt").get(path), 401, "unauthenticated", null);
        assertThat(anonymous.get(path).header("WWW-Authenticate")).startsWith("Bearer");
    }
}
