package org.fengqiao.patrol.team.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;
import static org.fengqiao.kit.test.ProblemAssertions.assertServesSwaggerHealthAndMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.patrol.PatrolTeamRegistered;
import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.test.AccessMatrix;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.security.AccessPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.patrol.PatrolServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a client app sees of the patrol team API, whatever the broker and store behind it. */
@SpringBootTest(classes = PatrolServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PatrolTeamApiContract {

    private static final String TEAMS = "/api/v1/patrol-teams";

    @LocalServerPort
    int port;

    protected abstract String kafkaBrokers();

    /** The community officer registers and reads teams. */
    @Autowired
    List<AccessPolicy> policies;

    private ApiClient api() {
        return ApiClient.localhost(port).by("CO-01");
    }

    static Map<String, Object> team(String name, String type, List<String> gridBlockIds, int memberCount) {
        return Map.of("name", name, "type", type, "gridBlockIds", gridBlockIds, "memberCount", memberCount);
    }

    private String register(String name, String type, String... gridBlockIds) {
        Response created = api().post(TEAMS, team(name, type, List.of(gridBlockIds), 8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private long total(String query) {
        return api().get(TEAMS + query).json().get("totalItems").asLong();
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    @Test
    void a_registered_team_can_be_read_back_and_is_published_with_the_callers_correlation_id() {
        Response created = api().post(TEAMS, team("Maple Court Red Butler Patrol", "RED_BUTLER", List.of("GB-101"), 12),
                "X-Correlation-Id", "patrol-app-42");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(TEAMS + "/" + id);
        assertThat(created.header("X-Correlation-Id")).isEqualTo("patrol-app-42");
        assertThat(body.get("name").asString()).isEqualTo("Maple Court Red Butler Patrol");
        assertThat(body.get("type").asString()).isEqualTo("RED_BUTLER");
        assertThat(body.get("gridBlockIds")).extracting(JsonNode::asString).containsExactly("GB-101");
        assertThat(body.get("memberCount").asInt()).isEqualTo(12);
        assertThat(body.get("version").asLong()).isZero();
        Instant registeredAt = Instant.parse(body.get("registeredAt").asString());
        assertThat(api().get(TEAMS + "/" + id).json()).isEqualTo(body);

        ConsumerRecord<String, byte[]> record = new TopicProbe(kafkaBrokers())
                .await(Topics.PATROL_EVENTS, Duration.ofSeconds(20), r -> id.equals(r.key()));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("PatrolTeamRegistered");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/patrol-service");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicProbe.header(record, "ce_correlationid")).isEqualTo("patrol-app-42");
        PatrolTeamRegistered event = EventJson.read(record.value(), EventCatalog.PATROL_TEAM_REGISTERED);
        assertThat(event).isEqualTo(new PatrolTeamRegistered(id, "Maple Court Red Butler Patrol", PatrolTeamType.RED_BUTLER,
                List.of("GB-101"), 12, registeredAt));
    }

    @Test
    void teams_are_listed_by_name_ignoring_case_filtered_by_grid_block_and_type_in_pages() {
        register("Cedar Row Village Security", "VILLAGE_SECURITY", "GB-301");
        register("aspen row blue shield", "BLUE_SHIELD", "GB-301");
        register("Birch Row Red Butler", "RED_BUTLER", "GB-301", "GB-302");
        register("Dogwood Row Red Butler", "RED_BUTLER", "GB-302");

        JsonNode first = api().get(TEAMS + "?gridBlockId=GB-301&size=2").json();
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly("aspen row blue shield", "Birch Row Red Butler");
        JsonNode second = api().get(TEAMS + "?gridBlockId=GB-301&size=2&page=1").json();
        assertThat(names(second)).containsExactly("Cedar Row Village Security");

        assertThat(names(api().get(TEAMS + "?gridBlockId=GB-302&type=RED_BUTLER").json()))
                .containsExactly("Birch Row Red Butler", "Dogwood Row Red Butler");
        assertThat(names(api().get(TEAMS + "?gridBlockId=GB-301&type=VILLAGE_SECURITY").json()))
                .containsExactly("Cedar Row Village Security");
    }

    @Test
    void a_second_team_with_the_same_name_in_another_case_is_a_conflict_and_nothing_is_stored_or_published() {
        String id = register("Lantern Lane Blue Shield", "BLUE_SHIELD", "GB-401");
        TopicProbe topic = new TopicProbe(kafkaBrokers());
        topic.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20), r -> id.equals(r.key()));

        Response refused = api().post(TEAMS, team("LANTERN LANE  blue shield", "CAMPUS_GUARD", List.of("GB-401"), 30));

        assertProblem(refused, 409, "rule-violated", "name");
        assertThat(refused.json().get("detail").asString()).contains("already registered");
        assertThat(total("?gridBlockId=GB-401")).isEqualTo(1);
        assertThat(topic.readFor(Topics.PATROL_EVENTS, Duration.ofSeconds(2)))
                .filteredOn(r -> "PatrolTeamRegistered".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), EventCatalog.PATROL_TEAM_REGISTERED).name().toLowerCase())
                .filteredOn(name -> name.startsWith("lantern lane"))
                .hasSize(1);
    }

    @Test
    void of_simultaneous_registrations_of_one_name_exactly_one_wins() {
        List<Integer> statuses = IntStream.range(0, 6).parallel()
                .mapToObj(i -> api().post(TEAMS, team(i % 2 == 0 ? "Harbour View Patrol" : "HARBOUR VIEW PATROL",
                        "VILLAGE_SECURITY", List.of("GB-601"), 10 + i)).status())
                .toList();

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(total("?gridBlockId=GB-601")).isEqualTo(1);
    }

    @Test
    void invalid_fields_are_refused_naming_the_field_and_nothing_is_stored() {
        long before = total("");

        assertProblem(api().post(TEAMS, team("Osmanthus Gate Patrol", "OTHER", List.of("GB-1"), 5)),
                400, "validation-failed", "gridBlockIds[0]");
        assertProblem(api().post(TEAMS, team("Osmanthus Gate Patrol", "OTHER", List.of("GB-501"), 501)),
                400, "validation-failed", "memberCount");
        assertProblem(api().post(TEAMS, team("x".repeat(201), "OTHER", List.of("GB-501"), 5)),
                400, "validation-failed", "name");
        assertProblem(api().post(TEAMS, team("Osmanthus Gate Patrol", "OTHER", List.of("GB-501", " "), 5)),
                400, "validation-failed", "gridBlockIds[1]");

        assertThat(total("")).isEqualTo(before);
        assertThat(total("?gridBlockId=GB-501")).isZero();
    }

    @Test
    void missing_fields_are_each_named_in_the_problem() {
        Response refused = api().post(TEAMS, Map.of("gridBlockIds", List.of("GB-101")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:fengqiao:problem:validation-failed");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("name", "type", "memberCount");
    }

    @Test
    void a_wrong_value_type_is_refused_naming_the_field() {
        assertProblem(api().post(TEAMS, """
                {"name":"Pine Hill Patrol","type":"NOT_A_TEAM_TYPE","gridBlockIds":["GB-101"],"memberCount":4}"""),
                400, "malformed-request", "type");
    }

    @Test
    void invalid_list_filters_are_refused_naming_the_parameter() {
        assertProblem(api().get(TEAMS + "?gridBlockId=block-1"), 400, "validation-failed", "gridBlockId");
        assertProblem(api().get(TEAMS + "?type=NOT_A_TEAM_TYPE"), 400, "malformed-request", "type");
        assertProblem(api().get(TEAMS + "?size=0"), 400, "validation-failed", "size");
    }

    @Test
    void an_unknown_team_is_a_404_problem() {
        Response missing = api().get(TEAMS + "/no-such-team");

        assertProblem(missing, 404, "not-found", null);
    }

    @Test
    void every_operation_refuses_callers_without_a_token_or_without_the_role() {
        AccessMatrix.assertGuardedAndDocumented(api(), policies, "patrol-service");
    }

    @Test
    void hostile_requests_generated_from_the_openapi_document_get_a_4xx_problem_never_a_5xx() {
        org.fengqiao.kit.test.HostileInput.assertAnsweredWithout5xx(api(), 40);
    }

    @Test
    void only_station_staff_register_teams() {
        assertProblem(ApiClient.localhost(port).by("PT-01-M01").post(TEAMS, team("Self-made patrol", "OTHER", List.of("GB-111"), 5)),
                403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).post(TEAMS, team("Anonymous patrol", "OTHER", List.of("GB-111"), 5)),
                401, "unauthenticated", null);
    }

    @Test
    void the_service_serves_its_openapi_document_health_and_metrics() {
        JsonNode openApi = api().anonymous().get("/v3/api-docs").json();
        assertThat(openApi.get("paths").has(TEAMS)).isTrue();
        assertThat(openApi.get("paths").has(TEAMS + "/{id}")).isTrue();
        assertThat(openApi.get("paths").get(TEAMS).get("post").get("responses").propertyNames()).contains("201", "400", "409");
        JsonNode request = openApi.get("components").get("schemas").get("RegisterPatrolTeamRequest");
        assertThat(request.get("properties").get("name").get("example").asString()).isEqualTo("Maple Court Red Butler Patrol");
        assertThat(request.get("required")).extracting(JsonNode::asString).contains("name", "type", "memberCount");
        assertServesSwaggerHealthAndMetrics(api(), "patrol-service");
    }
}
