package org.fengqiao.dispute.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.dispute.DisputeServiceApplication;
import org.fengqiao.dispute.dispute.application.WatchDeadlines;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.test.StoreQueries;
import org.fengqiao.kit.test.TestClock;
import org.fengqiao.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A dispute's way through the layers over real HTTP, a real broker and store, with a clock the test moves. */
@SpringBootTest(classes = {DisputeServiceApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestClock.STARTS_AT + DisputeLifecycleIT.START_AT, "dispute.deadlines.check-interval=PT1H",
                // its own consumer group: other test contexts in this JVM read the same topic
                "spring.cloud.stream.bindings.disputeEvents-in-0.group=lifecycle-it-kpis"})
class DisputeLifecycleIT {

    static final String START_AT = "2026-03-02T08:00:00Z";
    static final Instant START = Instant.parse(START_AT);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "dispute-lifecycle");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    WatchDeadlines watch;
    @Autowired
    org.fengqiao.dispute.kpi.application.KpiMetrics kpiMetrics;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    org.fengqiao.kit.recovery.CrashPoints crashPoints;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** Reads as the community officer of GC-103 and GC-104. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("CO-02");
    }

    /** The person the body's {@code actor} names acts, with their own token; the body leaves the actor out. */
    private Response postAs(String path, Map<String, Object> body) {
        Map<String, Object> withoutActor = new HashMap<>(body);
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = (Map<String, Object>) withoutActor.remove("actor");
        return ApiClient.localhost(port).by((String) actor.get("personId")).post(path, withoutActor);
    }

    static Map<String, Object> actor(String personId, String role) {
        return Map.of("personId", personId, "role", role);
    }

    static final Map<String, Object> OFFICER = actor("CO-02", "COMMUNITY_OFFICER");

    static Map<String, Object> signals(int people, boolean gateBlocked) {
        return Map.of("peopleInvolved", people, "amountOwedYuan", 380_000, "gateBlocked", gateBlocked,
                "petitionThreatened", false, "repeatAtSite", false, "wageDeadlineSeason", false);
    }

    private String report(String gridCellId, int people) {
        Response created = ApiClient.localhost(port).by("IV-0007").post("/api/v1/disputes", Map.of(
                "gridCellId", gridCellId, "category", "WAGE_ARREARS",
                "parties", List.of(Map.of("name", "Northgate Builders (general contractor)", "role", "general contractor"),
                        Map.of("name", "Riverside site workers", "role", "workers")),
                "description", "Subcontractor's workers unpaid since the developer's funding broke.",
                "peopleInvolved", people,
                "reporter", Map.of("personId", "IV-0007", "role", "INFORMATION_INVESTIGATOR")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Posts a step with the dispute's current version and returns the dispute after it. */
    private JsonNode step(String id, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", api().get("/api/v1/disputes/" + id).json().get("version").asLong());
        Response response = postAs("/api/v1/disputes/" + id + path, withVersion);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private String openAtSource(String gridCellId, String assignee) {
        String id = report(gridCellId, 12);
        step(id, "/triage", Map.of("actor", OFFICER, "category", "WAGE_ARREARS", "startLayer", "SOURCE_RESOLUTION",
                "site", "Riverside site, east gate", "signals", signals(12, false)));
        step(id, "/assignment", Map.of("actor", OFFICER, "assigneeId", assignee));
        return id;
    }

    @Test
    void a_report_retried_with_its_idempotency_key_after_the_process_died_finds_the_dispute_the_first_stored() {
        ApiClient worker = ApiClient.localhost(port).by("IV-0007");
        Map<String, Object> report = Map.of("gridCellId", "GC-103", "category", "NEIGHBOUR",
                "parties", List.of(Map.of("name", "Flat 12-0401 tenant", "role", "complainant")),
                "description", "Water from the flat above has come through the ceiling for a week.", "peopleInvolved", 2);
        String key = "report-" + java.util.UUID.randomUUID();
        // stored, then the process halts before the answer is sent or kept
        crashPoints.arm("dispute-report.saved");
        assertThat(worker.post("/api/v1/disputes", report, "Idempotency-Key", key).status()).isGreaterThanOrEqualTo(500);

        clock.advance(Duration.ofSeconds(61));
        Response retried = worker.post("/api/v1/disputes", report, "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        String id = retried.json().get("id").asString();
        assertThat(api().get("/api/v1/disputes/" + id).status()).isEqualTo(200);
        List<String> reported = topics.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(3)).stream()
                .filter(r -> "DisputeReported".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), org.fengqiao.events.EventCatalog.DISPUTE_REPORTED))
                .filter(e -> e.description().startsWith("Water from the flat above")).map(e -> e.disputeId()).toList();
        assertThat(reported).as("one dispute reported, the one the first request stored").containsExactly(id);
        Response again = worker.post("/api/v1/disputes", report, "Idempotency-Key", key);
        assertThat(again.header(org.fengqiao.kit.web.IdempotencyKeys.REPLAYED)).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void a_reported_dispute_is_shown_and_stored_in_the_shapes_it_always_had() {
        String id = report("GC-103", 3);

        JsonNode shown = api().get("/api/v1/disputes/" + id).json();
        assertThat(shown.get("parties").get(0).get("name").asString()).isEqualTo("Northgate Builders (general contractor)");
        assertThat(shown.get("parties").get(1).get("role").asString()).isEqualTo("workers");
        assertThat(shown.get("reporter").get("personId").asString()).isEqualTo("IV-0007");
        assertThat(shown.get("reporter").get("role").asString()).isEqualTo("INFORMATION_INVESTIGATOR");
        assertThat(shown.path("origin").isObject()).as("a direct report has no origin").isFalse();
        org.bson.Document stored = mongo.getCollection("disputes").find(new org.bson.Document("_id", id)).first();
        assertThat(stored.getList("parties", org.bson.Document.class)).containsExactly(
                new org.bson.Document("name", "Northgate Builders (general contractor)").append("role", "general contractor"),
                new org.bson.Document("name", "Riverside site workers").append("role", "workers"));
        assertThat(stored.get("reporter", org.bson.Document.class))
                .isEqualTo(new org.bson.Document("personId", "IV-0007").append("role", "INFORMATION_INVESTIGATOR"));
    }

    @Test
    void the_worked_case_a_site_wage_dispute_climbs_to_joint_mediation_and_is_resolved() {
        String id = openAtSource("GC-103", "SU-0103");
        clock.advance(Duration.ofDays(2));
        step(id, "/mediation-sessions", Map.of("actor", actor("SU-0103", "SOURCE_MEDIATOR"),
                "participants", List.of("subcontractor", "workers' representatives"), "outcome", "FAILED",
                "summary", "The subcontractor has no money until the developer pays."));
        JsonNode escalated = step(id, "/escalation-after-failed-mediation", Map.of("actor", OFFICER, "reason", "mediation at the source failed"));
        assertThat(escalated.get("layer").asString()).isEqualTo("PROFESSIONAL_MEDIATION");
        step(id, "/assignment", Map.of("actor", OFFICER, "assigneeId", "PM-03"));
        step(id, "/mediation-sessions", Map.of("actor", actor("PM-03", "MEDIATOR"),
                "participants", List.of("developer", "general contractor", "workers' representatives"), "outcome", "PARTIAL",
                "summary", "The developer admits the debt, cannot pay yet."));
        clock.advance(Duration.ofDays(1));
        JsonNode risky = step(id, "/risk-assessments", Map.of("actor", OFFICER, "signals", signals(40, true),
                "reason", "about forty workers blocked the east gate"));
        assertThat(risky.get("riskLevel").asString()).isEqualTo("HIGH");
        step(id, "/escalation", Map.of("actor", OFFICER, "reason", "needs the town government and labour inspection"));
        step(id, "/assignment", Map.of("actor", OFFICER, "assigneeId", "PM-03"));
        step(id, "/joint-mediation/invitations", Map.of("actor", OFFICER, "departmentIds", List.of("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION")));
        for (String department : List.of("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION")) {
            Response ack = postAs("/api/v1/disputes/" + id + "/joint-mediation/invitations/" + department + "/acknowledgement",
                    Map.of("actor", actor(department + "-LIAISON", "DEPARTMENT_LIAISON")));
            assertThat(ack.status()).isEqualTo(200);
        }
        clock.advance(Duration.ofDays(3));
        step(id, "/mediation-sessions", Map.of("actor", actor("PM-03", "MEDIATOR"),
                "participants", List.of("developer", "town government", "labour inspection", "workers' representatives"),
                "outcome", "AGREEMENT", "summary", "The town government bridges the wages; the developer repays it."));
        JsonNode resolved = step(id, "/resolution", Map.of("actor", actor("PM-03", "MEDIATOR"),
                "agreement", "Wages paid in full by the end of the month."));

        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("layer").asString()).isEqualTo("JOINT_MEDIATION");
        assertThat(resolved.get("invitations")).extracting(i -> i.get("acknowledgedAt").isNull()).containsOnly(false);
        JsonNode timeline = api().get("/api/v1/disputes/" + id + "/timeline").json();
        assertThat(timeline).extracting(e -> e.get("eventType").asString()).containsExactly(
                "DisputeReported", "DisputeTriaged", "DisputeRiskRaised", "DisputeAssigned", "MediationSessionRecorded",
                "DisputeEscalated", "DisputeAssigned", "MediationSessionRecorded", "DisputeRiskRaised", "DisputeEscalated",
                "DisputeAssigned", "JointMediationInvited", "JointMediationInvited", "JointMediationAcknowledged",
                "JointMediationAcknowledged", "MediationSessionRecorded", "DisputeResolved");
        assertThat(timeline.get(9).get("actor").asString()).isEqualTo("CO-02 (COMMUNITY_OFFICER)");

        List<DisputeEvent> published = eventsOf(id, 17);
        DisputeRiskRaised high = published.stream().filter(DisputeRiskRaised.class::isInstance).map(DisputeRiskRaised.class::cast)
                .filter(r -> r.level() == RiskLevel.HIGH).findFirst().orElseThrow();
        assertThat(high.site()).isEqualTo("Riverside site, east gate");
        assertThat(high.gridCellId()).isEqualTo("GC-103");
        assertThat(high.firedRules()).contains("gate-blocked", "crowd-30");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode kpis = api().get("/api/v1/kpis?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&gridCellId=GC-103&cases=true&asOf="
                    + clock.instant()).json();
            assertThat(kpis.get("resolutionRate").get("disputeIds")).extracting(JsonNode::asString).contains(id);
            assertThat(kpis.get("mediationSuccessRate").get("disputeIds")).extracting(JsonNode::asString).contains(id);
            assertThat(kpis.get("resolvedWithinGridRate").get("disputeIds")).extracting(JsonNode::asString).contains(id);
            assertThat(kpis.get("dwellPerLayer").get("JOINT_MEDIATION").get("disputeIds")).extracting(JsonNode::asString).contains(id);
            assertThat(kpis.get("openByLayer").get("JOINT_MEDIATION").get("disputeIds")).extracting(JsonNode::asString).doesNotContain(id);
        });
        assertThat(published).as("one published event for each line of the timeline, in order, at the same time (its ce_time)")
                .extracting(e -> e.getClass().getSimpleName() + "|" + e.occurredAt())
                .containsExactlyElementsOf(timeline.valueStream()
                        .map(e -> e.get("eventType").asString() + "|" + Instant.parse(e.get("at").asString())).toList());
    }

    @Test
    void every_step_of_a_case_and_the_kpis_read_and_write_their_documents_by_key_only() {
        StoreQueries.recorded().reset();
        Instant reported = clock.instant();
        String id = openAtSource("GC-104", "SU-0104");
        step(id, "/mediation-sessions", Map.of("actor", actor("SU-0104", "SOURCE_MEDIATOR"),
                "participants", List.of("tenant", "landlord"), "outcome", "FAILED"));
        step(id, "/escalation-after-failed-mediation", Map.of("actor", OFFICER, "reason", "mediation at the source failed"));
        step(id, "/assignment", Map.of("actor", OFFICER, "assigneeId", "PM-03"));
        step(id, "/risk-assessments", Map.of("actor", OFFICER, "signals", signals(40, true), "reason", "forty at the gate"));
        step(id, "/escalation", Map.of("actor", OFFICER, "reason", "needs the town government"));
        step(id, "/assignment", Map.of("actor", OFFICER, "assigneeId", "PM-03"));
        step(id, "/joint-mediation/invitations", Map.of("actor", OFFICER, "departmentIds", List.of("DEPT-TOWN-GOV")));
        assertThat(postAs("/api/v1/disputes/" + id + "/joint-mediation/invitations/DEPT-TOWN-GOV/acknowledgement",
                Map.of("actor", actor("DEPT-TOWN-GOV-LIAISON", "DEPARTMENT_LIAISON"))).status()).isEqualTo(200);
        step(id, "/resolution", Map.of("actor", actor("PM-03", "MEDIATOR"), "agreement", "The town government bridges the wages."));
        assertThat(api().get("/api/v1/disputes/" + id + "/timeline").status()).isEqualTo(200);
        eventsOf(id, 13);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/kpis?from=" + reported.minus(Duration.ofDays(1))
                + "&to=" + reported.plus(Duration.ofDays(1)) + "&gridCellId=GC-104&cases=true&asOf=" + clock.instant()).json().get("resolutionRate").get("disputeIds")
                .valueStream().anyMatch(d -> d.asString().equals(id)));

        assertThat(StoreQueries.recorded().scansOutside(mongo, NOT_BY_KEY.keySet())).as("queries no unique index serves").isEmpty();
    }

    /**
     * The queries allowed that are not by key, and why (README, "Hot paths"): bounded, and never per
     * event or request; a test may or may not see them (the outbox relay's sweep is the kit's, declared in StoreQueries).
     */
    static final Map<String, String> NOT_BY_KEY = Map.of(
            "disputes find {\"deadline\": {\"$lte\": \"?\"}, \"status\": \"?\"}", "the deadline watcher's first look after a start",
            "disputes find {\"layer\": \"?\", \"status\": {\"$in\": \"?\"}}", "the deadline watcher's first look after a start");

    @Test
    void the_kpis_rebuilt_from_dispute_events_alone_equal_the_live_ones() {
        String resolved = openAtSource("GC-104", "SU-0104");
        step(resolved, "/mediation-sessions", Map.of("actor", actor("SU-0104", "SOURCE_MEDIATOR"),
                "participants", List.of("tenant", "landlord"), "outcome", "AGREEMENT"));
        step(resolved, "/resolution", Map.of("actor", actor("SU-0104", "SOURCE_MEDIATOR"), "agreement", "deposit returned"));
        String petitioned = openAtSource("GC-104", "SU-0104");
        step(petitioned, "/closure", Map.of("actor", OFFICER, "closure", "PETITIONED", "reason", "went to the county"));
        Instant asOf = clock.instant();
        String query = "?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&asOf=" + asOf;

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode live = api().get("/api/v1/kpis" + query + "&cases=true").json();
            List<DisputeEvent> topic = topics.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(2)).stream()
                    .map(DisputeLifecycleIT::event).toList();
            org.fengqiao.dispute.kpi.model.KpiReport replayed = org.fengqiao.dispute.kpi.model.DisputeKpis.compute(topic,
                    new org.fengqiao.dispute.kpi.model.KpiQuery(Instant.parse("2026-01-01T00:00:00Z"),
                            Instant.parse("2027-01-01T00:00:00Z"), null, asOf));
            assertThat(live.get("cohort")).extracting(JsonNode::asString).containsExactlyElementsOf(replayed.cohort());
            assertThat(live.get("cohortSize").asLong()).as("the size with the list too").isEqualTo(replayed.cohort().size());
            // without cases=true: the same figures and counts, no lists of disputes
            JsonNode counts = api().get("/api/v1/kpis" + query).json();
            assertThat(counts.get("cohortSize").asLong()).isEqualTo(replayed.cohort().size());
            assertThat(counts.has("cohort")).isFalse();
            assertThat(counts.toString()).doesNotContain("disputeIds");
            assertThat(counts.get("resolutionRate").get("numerator").asLong()).isEqualTo(replayed.resolutionRate().numerator());
            assertThat(counts.get("openByLayer").get("JOINT_MEDIATION").get("count").asLong())
                    .isEqualTo(replayed.openByLayer().get(org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION).count());
            // per grid cell the same way: counts by default, the disputes behind them with cases=true
            JsonNode byCell = api().get("/api/v1/kpis/by-grid-cell" + query).json();
            assertThat(byCell.properties().stream().mapToLong(cell -> cell.getValue().get("cohortSize").asLong()).sum())
                    .isEqualTo(replayed.cohort().size());
            assertThat(byCell.toString()).doesNotContain("disputeIds");
            JsonNode byCellWithCases = api().get("/api/v1/kpis/by-grid-cell" + query + "&cases=true").json();
            assertThat(byCellWithCases.get("GC-104").get("cohort")).extracting(JsonNode::asString).contains(resolved, petitioned);
            assertThat(byCellWithCases.get("GC-104").get("resolutionRate").get("disputeIds")).extracting(JsonNode::asString)
                    .contains(resolved, petitioned);
            assertFigure(live.get("resolutionRate"), replayed.resolutionRate());
            assertFigure(live.get("mediationSuccessRate"), replayed.mediationSuccessRate());
            assertFigure(live.get("notPushedUpwardRate"), replayed.notPushedUpwardRate());
            assertFigure(live.get("resolvedWithinGridRate"), replayed.resolvedWithinGridRate());
            assertFigure(live.get("recurrenceWithin90Days"), replayed.recurrenceWithin90Days());
            for (var layer : org.fengqiao.events.dispute.DisputeLayer.values()) {
                assertThat(live.get("openByLayer").get(layer.name()).get("disputeIds")).extracting(JsonNode::asString)
                        .containsExactlyElementsOf(replayed.openByLayer().get(layer).disputeIds());
                assertThat(live.get("overdueByLayer").get(layer.name()).get("count").asLong())
                        .isEqualTo(replayed.overdueByLayer().get(layer).count());
            }
            assertThat(live.get("resolutionRate").get("disputeIds")).extracting(JsonNode::asString).contains(resolved, petitioned);
            assertThat(live.get("notPushedUpwardRate").get("numerator").asLong())
                    .isLessThan(live.get("notPushedUpwardRate").get("denominator").asLong());
        });
        clock.advance(Duration.ofMinutes(1));
        kpiMetrics.refresh();
        JsonNode lastYear = api().get("/api/v1/kpis?from=" + clock.instant().minus(Duration.ofDays(365)) + "&to=" + clock.instant()
                + "&asOf=" + clock.instant()).json().get("notPushedUpwardRate");
        assertThat(lastYear.get("denominator").asLong()).isPositive();
        assertThat(meters.get("dispute.kpi.not.pushed.upward.rate").gauge().value())
                .isEqualTo(lastYear.get("value").asDouble());
    }

    private static void assertFigure(JsonNode live, org.fengqiao.dispute.kpi.model.Figure replayed) {
        assertThat(live.get("numerator").asLong()).as(replayed.name()).isEqualTo(replayed.numerator());
        assertThat(live.get("denominator").asLong()).as(replayed.name()).isEqualTo(replayed.denominator());
        assertThat(live.get("disputeIds")).extracting(JsonNode::asString).containsExactlyElementsOf(replayed.disputeIds());
    }

    private static DisputeEvent event(ConsumerRecord<String, byte[]> record) {
        EventType<?> type = EventCatalog.byName(TopicProbe.header(record, "ce_type")).orElseThrow();
        return (DisputeEvent) EventJson.read(record.value(), type);
    }

    @Test
    void refused_steps_are_problems_naming_the_field_and_change_nothing() {
        String closed = openAtSource("GC-104", "SU-0104");
        step(closed, "/closure", Map.of("actor", OFFICER, "closure", "WITHDRAWN", "reason", "settled privately"));
        assertRefusedAndUnchanged(closed, "/resolution", Map.of("actor", OFFICER, "agreement", "paid"), 409, "rule-violated", "status");

        String open = openAtSource("GC-103", "SU-0103");
        assertRefusedAndUnchanged(open, "/mediation-sessions", Map.of("actor", actor("PM-07", "MEDIATOR"),
                "participants", List.of("workers"), "outcome", "AGREEMENT"), 403, "forbidden", "actor");
        step(open, "/escalation", Map.of("actor", OFFICER));
        // at PROFESSIONAL_MEDIATION the unit is no longer the one to contract, nor is someone unknown
        assertRefusedAndUnchanged(open, "/assignment", Map.of("actor", OFFICER, "assigneeId", "SU-0103"), 400, "validation-failed", "assigneeId");
        assertRefusedAndUnchanged(open, "/assignment", Map.of("actor", OFFICER, "assigneeId", "PM-99"), 400, "validation-failed", "assigneeId");
        step(open, "/escalation", Map.of("actor", OFFICER));
        assertRefusedAndUnchanged(open, "/joint-mediation/invitations", Map.of("actor", OFFICER,
                "departmentIds", List.of("DEPT-TOWN-GOV", "DEPT-NOWHERE")), 400, "validation-failed", "departmentIds[1]");
        assertRefusedAndUnchanged(open, "/escalation", Map.of("actor", OFFICER), 409, "rule-violated", "layer");

        long version = api().get("/api/v1/disputes/" + open).json().get("version").asLong();
        Response stale = postAs("/api/v1/disputes/" + open + "/resolution",
                Map.of("version", version - 1, "actor", OFFICER, "agreement", "paid"));
        assertProblem(stale, 409, "stale-version", "version");
        assertThat(api().get("/api/v1/disputes/" + open).json().get("status").asString()).isEqualTo("OPEN");

        String reported = report("GC-103", 3);
        Response wrongOfficer = postAs("/api/v1/disputes/" + reported + "/triage", Map.of("version", 0, "actor", actor("CO-05", "COMMUNITY_OFFICER"),
                "category", "NEIGHBOUR", "startLayer", "SOURCE_RESOLUTION", "signals", signals(3, false)));
        assertProblem(wrongOfficer, 403, "forbidden", "actor");
        assertThat(api().get("/api/v1/disputes/" + reported).json().get("status").asString()).isEqualTo("REPORTED");
    }

    @Test
    void nobody_acts_as_someone_else_or_beyond_their_part_in_the_case() {
        String id = openAtSource("GC-103", "SU-0103");
        long version = api().get("/api/v1/disputes/" + id).json().get("version").asLong();
        ApiClient anyone = ApiClient.localhost(port);

        // CO-02 signed in, the body claiming the police on duty
        assertProblem(anyone.by("CO-02").post("/api/v1/disputes/" + id + "/closure", Map.of("version", version,
                "actor", actor("PO-01", "POLICE_OFFICER"), "closure", "WITHDRAWN")), 403, "forbidden", "actor.personId");
        // a resident cannot falsify the KPIs or send patrols out
        assertProblem(anyone.by("CZ-90001").post("/api/v1/disputes/" + id + "/closure", Map.of("version", version,
                "closure", "PETITIONED")), 403, "forbidden", null);
        assertProblem(anyone.by("CZ-90001").post("/api/v1/disputes/" + id + "/risk-assessments", Map.of("version", version,
                "signals", signals(200, true))), 403, "forbidden", null);
        // the investigator who reported it reads it, but takes no step
        assertProblem(anyone.by("IV-0007").post("/api/v1/disputes/" + id + "/resolution", Map.of("version", version,
                "agreement", "paid")), 403, "forbidden", null);
        // a mediator the case is not contracted to, and another cell's officer
        assertProblem(anyone.by("PM-07").post("/api/v1/disputes/" + id + "/resolution", Map.of("version", version,
                "agreement", "paid")), 403, "forbidden", "actor");
        assertProblem(anyone.by("CO-05").post("/api/v1/disputes/" + id + "/closure", Map.of("version", version,
                "closure", "PETITIONED")), 403, "forbidden", "actor");
        // a unit reads its own case only
        assertThat(anyone.by("SU-0103").get("/api/v1/disputes/" + id).status()).isEqualTo(200);
        assertProblem(anyone.by("SU-0104").get("/api/v1/disputes/" + id), 403, "forbidden", null);

        JsonNode after = api().get("/api/v1/disputes/" + id).json();
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(after.get("status").asString()).isEqualTo("OPEN");
        assertThat(after.get("riskLevel").asString()).isEqualTo("MEDIUM");

        step(id, "/escalation", Map.of("actor", OFFICER));
        step(id, "/escalation", Map.of("actor", OFFICER));
        step(id, "/joint-mediation/invitations", Map.of("actor", OFFICER, "departmentIds", List.of("DEPT-HOUSING")));
        assertProblem(anyone.by("DEPT-TOWN-GOV-LIAISON").post("/api/v1/disputes/" + id
                + "/joint-mediation/invitations/DEPT-HOUSING/acknowledgement", Map.of()), 403, "forbidden", "departmentId");
        assertThat(anyone.by("DEPT-HOUSING-LIAISON").post("/api/v1/disputes/" + id
                + "/joint-mediation/invitations/DEPT-HOUSING/acknowledgement", Map.of()).status()).isEqualTo(200);
        assertThat(anyone.by("DEPT-HOUSING-LIAISON").get("/api/v1/disputes/" + id).status()).isEqualTo(200);
        assertProblem(anyone.by("DEPT-TOWN-GOV-LIAISON").get("/api/v1/disputes/" + id), 403, "forbidden", null);
    }

    @Test
    void a_passed_deadline_escalates_by_itself_once_even_with_two_replicas_and_a_paused_clock_holds() {
        Instant t0 = clock.instant();
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            overdue.add(openAtSource("GC-104", "SU-0104"));
        }
        String paused = openAtSource("GC-104", "SU-0104");
        step(paused, "/awaiting-party", Map.of("actor", OFFICER, "reason", "the developer is raising funds"));
        // MEDIUM risk at SOURCE_RESOLUTION: 7 days x 0.75
        clock.advance(Duration.ofDays(6));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(watch::checkDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(watch::checkDue);
        assertThat(first.join() + second.join()).as("disputes changed by the two replicas together").isEqualTo(overdue.size());

        for (String id : overdue) {
            JsonNode dispute = api().get("/api/v1/disputes/" + id).json();
            assertThat(dispute.get("layer").asString()).isEqualTo("PROFESSIONAL_MEDIATION");
            JsonNode timeline = api().get("/api/v1/disputes/" + id + "/timeline").json();
            assertThat(timeline.valueStream().filter(e -> e.get("eventType").asString().equals("DisputeEscalated")))
                    .as("escalations of %s", id).hasSize(1);
            assertThat(timeline.valueStream().filter(e -> e.get("eventType").asString().equals("DisputeDeadlinePassed"))).hasSize(1);
        }
        assertThat(api().get("/api/v1/disputes/" + paused).json().get("layer").asString()).isEqualTo("SOURCE_RESOLUTION");
        // six days waited: the 5.25 days the layer had are still ahead
        JsonNode resumed = step(paused, "/resumption", Map.of("actor", OFFICER));
        assertThat(Instant.parse(resumed.get("deadline").asString())).isEqualTo(t0.plus(Duration.ofHours(126)).plus(Duration.ofDays(6)));
        assertThat(watch.checkDue()).isZero();
        clock.advance(Duration.ofDays(5));
        watch.checkDue();
        assertThat(api().get("/api/v1/disputes/" + paused).json().get("layer").asString()).isEqualTo("SOURCE_RESOLUTION");
        clock.advance(Duration.ofDays(1));
        watch.checkDue();
        assertThat(api().get("/api/v1/disputes/" + paused).json().get("layer").asString()).isEqualTo("PROFESSIONAL_MEDIATION");
    }

    @Test
    void a_department_that_does_not_acknowledge_is_reminded_then_raised_to_the_station() {
        String id = openAtSource("GC-103", "SU-0103");
        step(id, "/escalation", Map.of("actor", OFFICER));
        step(id, "/escalation", Map.of("actor", OFFICER));
        step(id, "/joint-mediation/invitations", Map.of("actor", OFFICER, "departmentIds", List.of("DEPT-HOUSING")));

        clock.advance(Duration.ofDays(1));
        watch.checkDue();
        clock.advance(Duration.ofDays(2));
        watch.checkDue();
        watch.checkDue();

        JsonNode timeline = api().get("/api/v1/disputes/" + id + "/timeline").json();
        assertThat(timeline.valueStream().map(e -> e.get("eventType").asString()))
                .containsSubsequence("JointMediationInvited", "JointMediationReminded", "JointMediationUnanswered")
                .filteredOn(type -> type.startsWith("JointMediationRe") || type.equals("JointMediationUnanswered")).hasSize(2);
        List<DisputeEvent> published = eventsOf(id, timeline.size());
        assertThat(published).filteredOn(org.fengqiao.events.dispute.JointMediationUnanswered.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((org.fengqiao.events.dispute.JointMediationUnanswered) e).gridCellId()).isEqualTo("GC-103"));
    }

    private void assertRefusedAndUnchanged(String id, String path, Map<String, Object> body, int status, String type, String field) {
        JsonNode before = api().get("/api/v1/disputes/" + id).json();
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", before.get("version").asLong());

        assertProblem(postAs("/api/v1/disputes/" + id + path, withVersion), status, type, field);

        assertThat(api().get("/api/v1/disputes/" + id).json()).isEqualTo(before);
    }

    private List<DisputeEvent> eventsOf(String disputeId, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (records.size() < expected && System.nanoTime() < deadline) {
            records = topics.readFor(Topics.DISPUTE_EVENTS, Duration.ofSeconds(2)).stream()
                    .filter(r -> disputeId.equals(r.key())).toList();
        }
        assertThat(records).hasSize(expected);
        return records.stream().map(r -> {
            EventType<?> type = EventCatalog.byName(TopicProbe.header(r, "ce_type")).orElseThrow();
            return (DisputeEvent) EventJson.read(r.value(), type);
        }).toList();
    }
}
