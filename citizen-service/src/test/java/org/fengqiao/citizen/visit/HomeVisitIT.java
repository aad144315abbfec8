package org.fengqiao.citizen.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.citizen.CitizenServiceApplication;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.HomeVisitFindingHandedOverAsDispute;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Home visits over real HTTP; their dispute findings handed over on citizen.events over a real broker. */
@SpringBootTest(classes = CitizenServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeVisitIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "citizen-visits");
    }

    @LocalServerPort
    int port;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** The community officer of GC-203 and GC-204 logs and reads visits. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("CO-04");
    }

    /** Logs a visit as the officer the body names, with their own token. */
    private Response post(String path, Map<String, ?> body) {
        return ApiClient.localhost(port).by((String) body.get("officerId")).post(path, body);
    }

    private static Map<String, Object> quarrel() {
        return Map.of("kind", "DISPUTE", "description", "Water from upstairs has spoiled the ceiling for months; the households no longer speak.",
                "category", "NEIGHBOUR", "parties", List.of(Map.of("name", "Household of flat 3-201", "role", "neighbour"),
                        Map.of("name", "Tenants of flat 3-301", "role", "neighbour")), "peopleInvolved", 5);
    }

    @Test
    void a_dispute_found_on_a_home_visit_is_handed_over_to_dispute_service_and_other_findings_are_kept() {
        Response logged = post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-204", "householdRef", "HH-204-0315",
                "peopleMet", 3, "visitedAt", Instant.now().minusSeconds(600).toString(),
                "findings", List.of(quarrel(), Map.of("kind", "DOOR_TO_DOOR", "description", "An 82-year-old cannot come in for her ID card.",
                        "doorToDoor", Map.of("citizenRef", "CZ-30981", "personName", "Resident of flat 3-101", "reason", "ELDERLY")))));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String visitId = logged.json().get("id").asString();
        JsonNode findings = logged.json().get("findings");
        assertThat(findings).hasSize(2);

        ConsumerRecord<String, byte[]> record = topics.await(Topics.CITIZEN_EVENTS, Duration.ofSeconds(20), r -> visitId.equals(r.key()));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("HomeVisitFindingHandedOverAsDispute");
        HomeVisitFindingHandedOverAsDispute handover = EventJson.read(record.value(), EventCatalog.HOME_VISIT_FINDING_HANDED_OVER_AS_DISPUTE);
        assertThat(handover.findingId()).isEqualTo(findings.get(0).get("id").asString());
        assertThat(handover.dispute().gridCellId()).isEqualTo("GC-204");
        assertThat(handover.dispute().category()).isEqualTo(DisputeCategory.NEIGHBOUR);
        assertThat(handover.dispute().reporter().role()).isEqualTo(ReporterRole.COMMUNITY_OFFICER);
        assertThat(topics.readFor(Topics.CITIZEN_EVENTS, Duration.ofSeconds(2))).filteredOn(r -> visitId.equals(r.key()))
                .as("the door-to-door finding became a service request, not a visit event").hasSize(1);
        String requestId = findings.get(1).get("workRef").asString();
        assertThat(ApiClient.localhost(port).by("RD-01").get("/api/v1/service-requests/" + requestId).json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(api().get("/api/v1/home-visits?officerId=CO-04").json().valueStream().map(v -> v.get("id").asString())).contains(visitId);
    }

    @Test
    void a_visit_is_refused_naming_the_field() {
        assertProblem(post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-999", "householdRef", "HH-1",
                "peopleMet", 1, "visitedAt", Instant.now().toString(), "findings", List.of())), 400, "validation-failed", "gridCellId");
        assertProblem(post("/api/v1/home-visits", Map.of("officerId", "CO-99", "gridCellId", "GC-204", "householdRef", "HH-1",
                "peopleMet", 1, "visitedAt", Instant.now().toString(), "findings", List.of())), 400, "validation-failed", "officerId");
        assertProblem(post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-204", "householdRef", "HH-1",
                "peopleMet", 1, "visitedAt", Instant.now().toString(), "findings", List.of(Map.of("kind", "DISPUTE",
                        "description", "a quarrel", "category", "NEIGHBOUR", "peopleInvolved", 2)))), 400, "validation-failed", "findings[0].parties");
        assertProblem(post("/api/v1/home-visits", Map.of("officerId", "CO-04", "gridCellId", "GC-204", "householdRef", "HH-1",
                "peopleMet", 1, "visitedAt", Instant.now().toString(), "findings", List.of(Map.of("kind", "DOOR_TO_DOOR",
                        "description", "cannot come in", "doorToDoor", Map.of("citizenRef", "CZ-1", "personName", "Resident"))))),
                400, "validation-failed", "findings[0].doorToDoor.reason");
    }
}
