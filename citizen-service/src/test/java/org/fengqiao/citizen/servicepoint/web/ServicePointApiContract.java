package org.fengqiao.citizen.servicepoint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;
import static org.fengqiao.kit.test.ProblemAssertions.assertServesSwaggerHealthAndMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.citizen.CitizenServiceApplication;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.ServicePointRegistered;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.test.AccessMatrix;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.security.AccessPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a client app sees of the service point API, whatever the broker and store behind it. */
// an empty store: the listings below count only the points these tests register, not the seeded ones
@SpringBootTest(classes = CitizenServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "citizen.seed.service-points=false")
abstract class ServicePointApiContract {

    private static final String POINTS = "/api/v1/service-points";

    @LocalServerPort
    int port;

    protected abstract String kafkaBrokers();

    @Autowired
    List<AccessPolicy> policies;

    /** An operator registers service points. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("OP-01");
    }

    static Map<String, Object> point(String name, String type, boolean roundTheClock, String... services) {
        return Map.of("name", name, "type", type, "address", "8 Camphor Street", "roundTheClock", roundTheClock,
                "services", List.of(services));
    }

    private void register(String name, String type, String... services) {
        Response created = api().post(POINTS, point(name, type, false, services));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long total(String query) {
        return api().get(POINTS + query).json().get("totalItems").asLong();
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    @Test
    void a_registered_point_can_be_read_back_and_is_published_with_the_callers_correlation_id() {
        Response created = api().post(POINTS, """
                {"name":"Maple Court Community Police Room","type":"POLICE_ROOM","address":"12 Maple Court Road",
                 "roundTheClock":false,"services":["HOUSEHOLD_REGISTRATION","ID_CARD"]}""",
                "X-Correlation-Id", "resident-app-9");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(POINTS + "/" + id);
        assertThat(created.header("X-Correlation-Id")).isEqualTo("resident-app-9");
        assertThat(body.get("name").asString()).isEqualTo("Maple Court Community Police Room");
        assertThat(body.get("type").asString()).isEqualTo("POLICE_ROOM");
        assertThat(body.get("address").asString()).isEqualTo("12 Maple Court Road");
        assertThat(body.get("roundTheClock").asBoolean()).isFalse();
        assertThat(body.get("services")).extracting(JsonNode::asString).containsExactly("HOUSEHOLD_REGISTRATION", "ID_CARD");
        assertThat(body.get("version").asLong()).isZero();
        Instant registeredAt = Instant.parse(body.get("registeredAt").asString());
        assertThat(api().get(POINTS + "/" + id).json()).isEqualTo(body);

        ConsumerRecord<String, byte[]> record = new TopicProbe(kafkaBrokers())
                .await(Topics.CITIZEN_EVENTS, Duration.ofSeconds(20), r -> id.equals(r.key()));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("ServicePointRegistered");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/citizen-service");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicProbe.header(record, "ce_correlationid")).isEqualTo("resident-app-9");
        ServicePointRegistered event = EventJson.read(record.value(), EventCatalog.SERVICE_POINT_REGISTERED);
        assertThat(event).isEqualTo(new ServicePointRegistered(id, "Maple Court Community Police Room",
                ServicePointType.POLICE_ROOM, "12 Maple Court Road", false, List.of("HOUSEHOLD_REGISTRATION", "ID_CARD"),
                registeredAt));
    }

    @Test
    void points_are_listed_by_name_filtered_by_type_and_service_in_pages() {
        register("Lotus Pond Chat Police Room", "CHAT_POLICE_ROOM", "CERTIFICATE", "CONSULTATION");
        register("Bamboo Grove Chat Police Room", "CHAT_POLICE_ROOM", "CERTIFICATE");
        register("Camphor Street Chat Police Room", "CHAT_POLICE_ROOM", "CONSULTATION", "CERTIFICATE");
        register("Apricot Lane Chat Police Room", "CHAT_POLICE_ROOM", "CONSULTATION");
        register("Apricot Lane Pre-Acceptance Point", "PRE_ACCEPTANCE_POINT", "CERTIFICATE", "HOUSEHOLD_REGISTRATION");

        JsonNode first = api().get(POINTS + "?type=CHAT_POLICE_ROOM&service=CERTIFICATE&size=2").json();
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly("Bamboo Grove Chat Police Room", "Camphor Street Chat Police Room");
        JsonNode second = api().get(POINTS + "?type=CHAT_POLICE_ROOM&service=CERTIFICATE&size=2&page=1").json();
        assertThat(names(second)).containsExactly("Lotus Pond Chat Police Room");

        assertThat(names(api().get(POINTS + "?type=CHAT_POLICE_ROOM").json())).containsExactly(
                "Apricot Lane Chat Police Room", "Bamboo Grove Chat Police Room", "Camphor Street Chat Police Room",
                "Lotus Pond Chat Police Room");
        assertThat(names(api().get(POINTS + "?service=CERTIFICATE&size=200").json()))
                .contains("Apricot Lane Pre-Acceptance Point", "Bamboo Grove Chat Police Room")
                .doesNotContain("Apricot Lane Chat Police Room");
    }

    @Test
    void a_self_service_point_not_open_round_the_clock_is_refused_and_nothing_is_stored() {
        long before = total("?type=SELF_SERVICE_POINT");

        Response refused = api().post(POINTS, point("Station Square Self-Service Point", "SELF_SERVICE_POINT", false, "ID_CARD"));

        assertProblem(refused, 400, "validation-failed", "roundTheClock");
        assertThat(refused.json().get("detail").asString()).contains("round the clock");
        assertThat(total("?type=SELF_SERVICE_POINT")).isEqualTo(before);

        Response accepted = api().post(POINTS, point("Station Square Self-Service Point", "SELF_SERVICE_POINT", true, "ID_CARD"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(total("?type=SELF_SERVICE_POINT")).isEqualTo(before + 1);
    }

    @Test
    void invalid_fields_are_refused_naming_the_field_and_nothing_is_stored() {
        long before = total("");

        assertProblem(api().post(POINTS, point("x".repeat(201), "SERVICE_CENTRE", false)), 400, "validation-failed", "name");
        assertProblem(api().post(POINTS, Map.of("name", "Elm Road Service Centre", "type", "SERVICE_CENTRE", "address", " ",
                "roundTheClock", false)), 400, "validation-failed", "address");
        assertProblem(api().post(POINTS, point("Elm Road Service Centre", "SERVICE_CENTRE", false, "ID_CARD", "PASSPORT")),
                400, "malformed-request", "services[1]");

        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void a_point_opens_with_its_hours_and_slot_capacity_and_hours_that_close_before_they_open_are_refused() {
        Map<String, Object> hours = Map.of("firstDay", "MONDAY", "lastDay", "FRIDAY", "opens", "08:30", "closes", "12:00");
        Map<String, Object> point = new java.util.HashMap<>(point("Hillside Pre-Acceptance Point", "PRE_ACCEPTANCE_POINT", false,
                "HOUSEHOLD_REGISTRATION"));
        point.put("openingHours", List.of(hours));
        point.put("slotCapacity", 2);
        Response created = api().post(POINTS, point);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = api().get(POINTS + "/" + created.json().get("id").asString()).json();
        assertThat(read.get("slotCapacity").asInt()).isEqualTo(2);
        assertThat(read.get("openingHours").get(0).get("firstDay").asString()).isEqualTo("MONDAY");
        assertThat(read.get("openingHours").get(0).get("closes").asString()).startsWith("12:00");

        long before = total("");
        point.put("openingHours", List.of(Map.of("firstDay", "MONDAY", "lastDay", "FRIDAY", "opens", "12:00", "closes", "08:30")));
        Response refused = api().post(POINTS, point);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).startsWith("openingHours");
        point.put("openingHours", List.of(hours));
        point.put("slotCapacity", -1);
        assertProblem(api().post(POINTS, point), 400, "validation-failed", "slotCapacity");
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void missing_fields_are_each_named_in_the_problem() {
        Response refused = api().post(POINTS, Map.of("services", List.of("ID_CARD")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:fengqiao:problem:validation-failed");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("name", "type", "address", "roundTheClock");
    }

    @Test
    void a_wrong_value_type_is_refused_naming_the_field() {
        assertProblem(api().post(POINTS, """
                {"name":"Elm Road Point","type":"NOT_A_POINT_TYPE","address":"1 Elm Road","roundTheClock":false}"""),
                400, "malformed-request", "type");
    }

    @Test
    void invalid_list_filters_are_refused_naming_the_parameter() {
        assertProblem(api().get(POINTS + "?service=PASSPORT"), 400, "malformed-request", "service");
        assertProblem(api().get(POINTS + "?type=NOT_A_POINT_TYPE"), 400, "malformed-request", "type");
        assertProblem(api().get(POINTS + "?page=-1"), 400, "validation-failed", "page");
    }

    @Test
    void an_unknown_point_is_a_404_problem() {
        Response missing = api().get(POINTS + "/no-such-point");

        assertProblem(missing, 404, "not-found", null);
    }

    @Test
    void every_operation_refuses_callers_without_a_token_or_without_the_role() {
        AccessMatrix.assertGuardedAndDocumented(api(), policies, "citizen-service");
    }

    @Test
    void hostile_requests_generated_from_the_openapi_document_get_a_4xx_problem_never_a_5xx() {
        org.fengqiao.kit.test.HostileInput.assertAnsweredWithout5xx(api(), 40);
    }

    @Test
    void residents_find_service_points_but_only_operators_open_one() {
        assertThat(ApiClient.localhost(port).by("CZ-90001").get(POINTS + "?type=PRE_ACCEPTANCE_POINT").status()).isEqualTo(200);
        assertProblem(ApiClient.localhost(port).by("CZ-90001").post(POINTS, point("My own point", "SERVICE_CENTRE", false, "ID_CARD")),
                403, "forbidden", null);
    }

    @Test
    void the_service_serves_its_openapi_document_health_and_metrics() {
        JsonNode openApi = api().anonymous().get("/v3/api-docs").json();
        assertThat(openApi.get("paths").has(POINTS)).isTrue();
        assertThat(openApi.get("paths").has(POINTS + "/{id}")).isTrue();
        assertThat(openApi.get("paths").get(POINTS).get("post").get("responses").propertyNames()).contains("201", "400");
        JsonNode request = openApi.get("components").get("schemas").get("RegisterServicePointRequest");
        assertThat(request.get("properties").get("name").get("example").asString()).isEqualTo("Maple Court Community Police Room");
        assertThat(request.get("properties").get("services").get("items").get("enum")).extracting(JsonNode::asString)
                .containsExactly("HOUSEHOLD_REGISTRATION", "ID_CARD", "RESIDENCE_PERMIT", "CERTIFICATE", "CONSULTATION");
        assertThat(request.get("required")).extracting(JsonNode::asString)
                .contains("name", "type", "address", "roundTheClock");
        assertServesSwaggerHealthAndMetrics(api(), "citizen-service");
    }
}
