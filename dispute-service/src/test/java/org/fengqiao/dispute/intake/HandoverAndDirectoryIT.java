package org.fengqiao.dispute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.dispute.DisputeServiceApplication;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.HomeVisitFindingHandedOverAsDispute;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.patrol.IncidentHandedOverAsDispute;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.security.test.TestTokens;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Disputes handed over by patrol-service and citizen-service over the real broker, and the station
 * directory that says who may be contracted a dispute, over real HTTP.
 */
@SpringBootTest(classes = DisputeServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // its own consumer groups: other test contexts in this JVM read the same topics
                "spring.cloud.stream.bindings.disputeEvents-in-0.group=handover-it-kpis",
                "spring.cloud.stream.bindings.patrolHandovers-in-0.group=handover-it-intake",
                "spring.cloud.stream.bindings.citizenHandovers-in-0.group=handover-it-intake"})
class HandoverAndDirectoryIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "dispute-handover");
    }

    @LocalServerPort
    int port;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** Station police read the directory and the cases. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("PO-01");
    }

    private static DisputeHandover quarrel(String gridCellId, Reporter reporter) {
        return new DisputeHandover(gridCellId, DisputeCategory.NEIGHBOUR,
                List.of(new Party("Household of flat 3-201", "neighbour"), new Party("Tenants of flat 3-301", "neighbour")),
                "Water from upstairs has spoiled the ceiling for months; the two households no longer speak.", 5, reporter,
                Instant.parse("2026-05-14T14:30:00Z"));
    }

    @Test
    void a_home_visit_finding_delivered_twice_becomes_one_dispute_with_its_origin_in_the_pipeline() {
        String eventId = UUID.randomUUID().toString();
        HomeVisitFindingHandedOverAsDispute finding = new HomeVisitFindingHandedOverAsDispute("visit-" + eventId, "finding-" + eventId,
                quarrel("GC-204", new Reporter("CO-04", ReporterRole.COMMUNITY_OFFICER)), Instant.parse("2026-05-14T15:05:00Z"));
        topics.publish(finding, eventId, "/citizen-service", "home-visit-flow-" + eventId);
        topics.publish(finding, eventId, "/citizen-service", "home-visit-flow-" + eventId);

        String disputeId = DerivedIds.of("dispute-handover", eventId);
        JsonNode dispute = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/disputes/" + disputeId),
                r -> r.status() == 200).json();
        assertThat(dispute.get("status").asString()).isEqualTo("REPORTED");
        assertThat(dispute.get("gridCellId").asString()).isEqualTo("GC-204");
        assertThat(dispute.get("origin").get("kind").asString()).isEqualTo("HOME_VISIT_FINDING");
        assertThat(dispute.get("origin").get("reference").asString()).isEqualTo("finding-" + eventId);

        ConsumerRecord<String, byte[]> reported = topics.await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(20),
                r -> disputeId.equals(r.key()) && "DisputeReported".equals(TopicProbe.header(r, "ce_type")));
        DisputeReported event = EventJson.read(reported.value(), EventCatalog.DISPUTE_REPORTED);
        assertThat(event.origin()).isEqualTo(new DisputeOrigin(DisputeOrigin.Kind.HOME_VISIT_FINDING, "citizen-service",
                "finding-" + eventId, eventId));
        assertThat(TopicProbe.header(reported, "ce_correlationid")).isEqualTo("home-visit-flow-" + eventId);
        assertThat(TopicProbe.header(reported, "ce_causationid")).isEqualTo(eventId);
        assertThat(topics.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(2)))
                .filteredOn(r -> disputeId.equals(r.key())).as("one DisputeReported for two deliveries").hasSize(1);

        // from here on it is an ordinary dispute: GC-204's community officer triages it
        Response triaged = ApiClient.localhost(port).by("CO-04").post("/api/v1/disputes/" + disputeId + "/triage", Map.of(
                "version", dispute.get("version").asLong(), "category", "NEIGHBOUR",
                "startLayer", "SOURCE_RESOLUTION", "site", "Willow tenancy blocks, building 3", "signals", Map.of("peopleInvolved", 5)));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        JsonNode timeline = api().get("/api/v1/disputes/" + disputeId + "/timeline").json();
        assertThat(timeline.get(0).get("summary").asString()).contains("handed over by citizen-service (HOME_VISIT_FINDING finding-" + eventId);
    }

    @Test
    void a_patrol_incident_that_is_a_dispute_enters_the_pipeline_and_one_naming_an_unknown_grid_cell_is_dead_lettered() {
        String goodId = UUID.randomUUID().toString();
        topics.publish(new IncidentHandedOverAsDispute("inc-" + goodId, "PT-12",
                quarrel("GC-104", new Reporter("PT-12-M04", ReporterRole.PATROL_MEMBER)), Instant.now()), goodId, "/patrol-service", "patrol-" + goodId);
        String badId = UUID.randomUUID().toString();
        topics.publish(new IncidentHandedOverAsDispute("inc-" + badId, "PT-12",
                quarrel("GC-999", new Reporter("PT-12-M04", ReporterRole.PATROL_MEMBER)), Instant.now()), badId, "/patrol-service", "patrol-" + badId);

        String disputeId = DerivedIds.of("dispute-handover", goodId);
        JsonNode dispute = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/disputes/" + disputeId),
                r -> r.status() == 200).json();
        assertThat(dispute.get("origin").get("kind").asString()).isEqualTo("PATROL_INCIDENT");
        assertThat(dispute.get("origin").get("service").asString()).isEqualTo("patrol-service");
        assertThat(dispute.get("reporter").get("role").asString()).isEqualTo("PATROL_MEMBER");

        ConsumerRecord<String, byte[]> dead = topics.await(Topics.deadLetterTopic(Topics.PATROL_EVENTS, "dispute-service-intake"),
                Duration.ofSeconds(30), r -> badId.equals(TopicProbe.header(r, "ce_id")));
        assertThat(TopicProbe.header(dead, "x-exception-stacktrace"))
                .contains("handover " + badId + " cannot become a dispute: dispute.gridCellId: unknown grid cell 'GC-999'");
        assertThat(api().get("/api/v1/disputes/" + DerivedIds.of("dispute-handover", badId)).status()).isEqualTo(404);
    }

    @Test
    void the_directory_has_the_article_scale_and_says_who_may_be_contracted() {
        JsonNode investigators = api().get("/api/v1/directory/information-investigators?size=500").json();
        assertThat(investigators.get("totalItems").asInt()).isEqualTo(300);
        assertThat(api().get("/api/v1/directory/information-investigators?unitId=SU-0103").json().get("totalItems").asInt()).isEqualTo(10);
        JsonNode team = api().get("/api/v1/directory/mediation-team").json();
        assertThat(team).hasSize(20);
        assertThat(team.valueStream().map(m -> m.get("profession").asString()))
                .contains("LAWYER", "JUDICIAL_OFFICER", "COMMUNITY_CADRE", "POLICE");
        assertThat(api().get("/api/v1/directory/departments").json().valueStream().map(d -> d.get("id").asString()))
                .contains("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION", "DEPT-HOUSING");
        JsonNode lacking = api().get("/api/v1/directory/units?missingPlans=true").json();
        assertThat(lacking).isNotEmpty().allSatisfy(unit -> assertThat(unit.get("contingencyPlans").size()).isLessThan(3));
        assertProblem(api().get("/api/v1/directory/units/SU-9999"), 404, "not-found", null);
    }

    @Test
    void a_report_by_an_investigator_not_in_the_directory_is_refused_naming_the_field() {
        ApiClient hotline = ApiClient.localhost(port).as(TestTokens.system("city-hotline", "disputes.report").token());
        Response refused = hotline.post("/api/v1/disputes", Map.of("gridCellId", "GC-101", "category", "NEIGHBOUR",
                "parties", List.of(Map.of("name", "Flat 1-101")), "description", "Noise at night.", "peopleInvolved", 2,
                "reporter", Map.of("personId", "IV-9999", "role", "INFORMATION_INVESTIGATOR")));
        assertProblem(refused, 400, "validation-failed", "reporter.personId");
    }

    @Test
    void publicity_sessions_feed_the_prevention_report() {
        LocalDate today = LocalDate.now();
        ApiClient officer = ApiClient.localhost(port).by("CO-02");
        Response recorded = officer.post("/api/v1/directory/units/SU-0106/publicity-sessions", Map.of("heldOn", today.toString(),
                "topic", "Paying wages through the site's wage account", "attendance", 35, "heldBy", "CO-02"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("heldBy").asString()).isEqualTo("CO-02");
        assertProblem(officer.post("/api/v1/directory/units/SU-0106/publicity-sessions", Map.of("heldOn", today.toString(),
                "topic", "Someone else's session", "attendance", 10, "heldBy", "CO-05")), 403, "forbidden", "heldBy");
        assertProblem(officer.post("/api/v1/directory/units/SU-0106/publicity-sessions", Map.of("heldOn", today.plusDays(3).toString(),
                "topic", "Not yet held", "attendance", 10, "heldBy", "CO-02")), 400, "validation-failed", "heldOn");
        assertProblem(officer.post("/api/v1/directory/units/SU-0106/publicity-sessions", Map.of("heldOn", today.toString(),
                "topic", "Nobody came", "attendance", 0, "heldBy", "CO-02")), 400, "validation-failed", "attendance");

        JsonNode report = api().get("/api/v1/prevention/report?from=" + today.minusDays(30) + "&to=" + today).json();
        assertThat(report.get("constructionUnits").asInt()).isEqualTo(18);
        assertThat(report.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(report.get("attendance").asInt()).isEqualTo(35);
        assertThat(report.get("constructionUnitsWithoutSession").valueStream().map(JsonNode::asString))
                .hasSize(17).doesNotContain("SU-0106");
        assertThat(report.get("unitsMissingPlans").valueStream().map(u -> u.get("unitId").asString())).contains("SU-0106");
        assertProblem(api().get("/api/v1/prevention/report?from=" + today + "&to=" + today.minusDays(1)), 400, "validation-failed", "to");
    }
}
