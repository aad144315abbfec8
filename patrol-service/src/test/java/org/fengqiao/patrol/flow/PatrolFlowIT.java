package org.fengqiao.patrol.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.events.Topics;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.events.patrol.CheckInFlagged;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentHandedOverAsDispute;
import org.fengqiao.events.patrol.IncidentReported;
import org.fengqiao.events.patrol.ShiftEndedWithMissedCheckpoints;
import org.fengqiao.events.patrol.ShiftMissed;
import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.test.StoreQueries;
import org.fengqiao.kit.test.TestClock;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.patrol.PatrolServiceApplication;
import org.fengqiao.patrol.assessment.application.AssessmentTallies;
import org.fengqiao.patrol.assessment.application.CountForAssessment;
import org.fengqiao.patrol.assessment.model.TeamMonth;
import org.fengqiao.patrol.assessment.model.TeamTotals;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.shift.application.WatchSchedules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Incidents, order-maintenance duty, shifts and check-ins over real HTTP, a real broker and store,
 * with the seeded directory (72 blocks, 68 teams) and a clock the test moves.
 */
@SpringBootTest(classes = {PatrolServiceApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestClock.STARTS_AT + PatrolFlowIT.START_AT, "patrol.schedule.check-interval=PT1H",
                // its own consumer group: other test contexts in this JVM read the same topic
                "spring.cloud.stream.bindings.disputeEvents-in-0.group=patrol-flow-it",
                "spring.cloud.stream.bindings.citizenEvents-in-0.group=patrol-flow-it"})
class PatrolFlowIT {

    /** 12:40 UTC is 20:40 in the station's time zone: teams are out on their evening patrol. */
    static final String START_AT = "2026-06-18T12:40:00Z";
    static final Instant START = Instant.parse(START_AT);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "patrol-flow");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    WatchSchedules schedules;
    @Autowired
    CountForAssessment counting;
    @Autowired
    AssessmentTallies tallies;
    @Autowired
    PatrolDirectory directory;
    @Autowired
    org.fengqiao.kit.recovery.CrashPoints crashPoints;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** Reads as the police on duty. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("PO-01");
    }

    /** Posts as the person the body names ({@code by}, {@code reportedBy} or {@code memberId}), with their own token. */
    private Response post(String path, Map<String, Object> body, String... headers) {
        String person = (String) body.getOrDefault("by", body.getOrDefault("reportedBy", body.get("memberId")));
        return ApiClient.localhost(port).by(person).post(path, body, headers);
    }

    @Test
    void an_urgent_report_retried_with_its_idempotency_key_after_the_process_died_raises_one_incident_and_one_alert() {
        Map<String, Object> report = Map.of("teamId", "PT-20", "gridBlockId", "GB-142", "category", "THEFT", "urgent", true,
                "place", "Tower 9, bicycle store", "description", "Someone is cutting the locks off the bicycles.",
                "reportedBy", "PT-20-M02");
        String key = "incident-" + java.util.UUID.randomUUID();
        crashPoints.arm("incident-report.saved");
        assertThat(post("/api/v1/incidents", report, "Idempotency-Key", key).status()).as("stored, then the process halts")
                .isGreaterThanOrEqualTo(500);

        clock.advance(java.time.Duration.ofSeconds(61));
        Response retried = post("/api/v1/incidents", report, "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        String id = retried.json().get("id").asString();
        List<String> reported = topics.readFor(Topics.PATROL_EVENTS, java.time.Duration.ofSeconds(3)).stream()
                .filter(r -> "IncidentReported".equals(TopicProbe.header(r, "ce_type")))
                .filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("cutting the locks off"))
                .map(r -> r.key()).toList();
        assertThat(reported).as("one incident reported, so one alert: the one the first request stored").containsExactly(id);
    }

    @Test
    void the_worked_case_climbers_on_a_tower_at_night_from_alert_to_caught_with_its_timeline() {
        // GB-142 (Riverside high-rise towers) is PT-20's; its neighbours GB-141, GB-143, GB-145 are PT-19's, PT-21's, PT-23's
        Response reported = post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-142", "category", "THEFT",
                "urgent", true, "place", "Tower 7, east face, about the 12th floor",
                "description", "A resident saw two people climbing the outside of the tower.",
                "mediaRefs", List.of("media/tower-7/clip-1.mp4"), "reportedBy", "PT-20-M02"), "X-Correlation-Id", "tower-7-night");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").asString();
        IncidentReported alert = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> id.equals(r.key()) && "IncidentReported".equals(TopicProbe.header(r, "ce_type"))).value(), EventCatalog.INCIDENT_REPORTED);
        assertThat(alert.urgent()).isTrue();
        assertThat(alert.gridCellId()).isEqualTo("GC-104");
        assertThat(alert.neighbouringTeamIds()).containsExactly("PT-19", "PT-21", "PT-23");

        clock.advance(Duration.ofSeconds(84));
        step(id, "/acknowledgement", Map.of("by", "PO-01"));
        assertProblem(post("/api/v1/incidents/" + id + "/tasks", Map.of("teamId", "PT-60", "description", "Guard the gate", "by", "PO-01")),
                409, "rule-violated", "teamId");
        step(id, "/tasks", Map.of("teamId", "PT-20", "description", "Seal Tower 7: nobody leaves", "by", "PO-01"));
        JsonNode withTasks = step(id, "/tasks", Map.of("teamId", "PT-21", "description", "Search the tower floor by floor with residents", "by", "PO-01"));
        clock.advance(Duration.ofMinutes(20));
        for (JsonNode task : withTasks.get("tasks")) {
            step(id, "/tasks/" + task.get("id").asString() + "/report", Map.of("teamId", task.get("teamId").asString(),
                    "report", task.get("teamId").asString().equals("PT-20") ? "All exits sealed." : "Two men found on the 9th floor.",
                    "by", task.get("teamId").asString() + "-M01"));
        }
        clock.advance(Duration.ofMinutes(5));
        JsonNode closed = step(id, "/outcome", Map.of("outcome", "SUSPECTS_CAUGHT", "summary", "Two burglars caught on the 9th floor.",
                "by", "PO-01"));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertProblem(post("/api/v1/incidents/" + id + "/acknowledgement", Map.of("by", "PO-02")), 409, "rule-violated", "status");

        assertThat(ApiClient.localhost(port).by("PT-21-M05").get("/api/v1/incidents/" + id).status()).as("a neighbouring team reads it").isEqualTo(200);
        assertProblem(ApiClient.localhost(port).by("PT-60-M02").get("/api/v1/incidents/" + id), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).by("PT-20-M02").post("/api/v1/incidents/" + id + "/outcome", Map.of("outcome", "FALSE_ALARM",
                "summary", "nothing")), 403, "forbidden", null);
        JsonNode timeline = api().get("/api/v1/incidents/" + id + "/timeline").json();
        assertThat(timeline.valueStream().map(e -> e.get("eventType").asString())).containsExactly("IncidentReported",
                "IncidentAcknowledged", "IncidentTaskAssigned", "IncidentTaskAssigned", "IncidentTaskReported", "IncidentTaskReported",
                "IncidentClosed");
        assertThat(timeline.valueStream().map(e -> e.get("actor").asString()))
                .containsExactly("PT-20-M02", "PO-01", "PO-01", "PO-01", "PT-20-M01", "PT-21-M01", "PO-01");
        assertThat(Duration.between(Instant.parse(timeline.get(0).get("at").asString()), Instant.parse(timeline.get(1).get("at").asString())))
                .as("alert to police acknowledgement").isEqualTo(Duration.ofSeconds(84));
        List<ConsumerRecord<String, byte[]>> published = await().atMost(Duration.ofSeconds(20)).until(
                () -> topics.readFor(Topics.PATROL_EVENTS, Duration.ofSeconds(1)).stream().filter(r -> id.equals(r.key())).toList(),
                records -> records.size() == 7);
        assertThat(published).allSatisfy(r -> assertThat(TopicProbe.header(r, "ce_correlationid")).isNotBlank());
    }

    @Test
    void an_incident_that_is_a_dispute_is_handed_over_once() {
        Response reported = post("/api/v1/incidents", Map.of("teamId", "PT-45", "gridBlockId", "GB-243", "category", "DISPUTE",
                "urgent", false, "place", "Building 3, stairwell", "description", "Two tenants quarrel loudly over a leaking ceiling.",
                "reportedBy", "PT-45-M03"));
        String id = reported.json().get("id").asString();
        step(id, "/dispute-handover", Map.of("category", "NEIGHBOUR", "parties", List.of(Map.of("name", "Tenant of flat 3-201"),
                Map.of("name", "Tenant of flat 3-301")), "peopleInvolved", 2, "by", "PT-45-M03"));

        IncidentHandedOverAsDispute handover = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> id.equals(r.key()) && "IncidentHandedOverAsDispute".equals(TopicProbe.header(r, "ce_type"))).value(),
                EventCatalog.INCIDENT_HANDED_OVER_AS_DISPUTE);
        assertThat(handover.dispute().gridCellId()).isEqualTo("GC-204");
        assertThat(handover.dispute().reporter().personId()).isEqualTo("PT-45-M03");
        assertProblem(post("/api/v1/incidents/" + id + "/dispute-handover", Map.of("category", "NEIGHBOUR",
                "parties", List.of(Map.of("name", "x")), "peopleInvolved", 2, "by", "PT-45-M03")), 409, "rule-violated", "status");
    }

    @Test
    void a_high_risk_dispute_gives_the_sites_team_a_duty_that_its_resolution_lifts() {
        String disputeId = UUID.randomUUID().toString();
        publish(new DisputeRiskRaised(disputeId, "GC-103", "Riverside site, east gate", RiskLevel.HIGH, RiskLevel.MEDIUM,
                List.of("gate-blocked"), clock.instant(), new Actor("CO-02", "COMMUNITY_OFFICER"), "forty workers at the gate"));

        JsonNode duty = await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/duties?disputeId=" + disputeId).json(),
                d -> d.size() == 1).get(0);
        assertThat(duty.get("teamId").asString()).as("GB-131, the first block of GC-103, is PT-13's").isEqualTo("PT-13");
        assertThat(duty.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(duty.get("site").asString()).isEqualTo("Riverside site, east gate");
        publish(new DisputeRiskRaised(disputeId, "GC-103", "Riverside site, east gate", RiskLevel.CRITICAL, RiskLevel.HIGH,
                List.of("crowd-100"), clock.instant(), new Actor("CO-02", "COMMUNITY_OFFICER"), "more workers came"));

        publish(new DisputeResolved(disputeId, "GC-103", DisputeLayer.JOINT_MEDIATION, "Wages paid", new Actor("PM-03", "MEDIATOR"),
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/duties?disputeId=" + disputeId).json().get(0)
                .get("status").asString().equals("LIFTED"));
        assertThat(api().get("/api/v1/duties?disputeId=" + disputeId).json()).as("one duty for the dispute").hasSize(1);
        List<String> types = topics.readFor(Topics.PATROL_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(duty.get("id").asString())).map(r -> TopicProbe.header(r, "ce_type")).toList();
        assertThat(types).containsExactly("OrderMaintenanceDutyAssigned", "OrderMaintenanceDutyLifted");
    }

    @Test
    void a_safety_hazard_found_on_a_home_visit_becomes_an_incident_for_the_cells_team_once() {
        String eventId = UUID.randomUUID().toString();
        SafetyHazardFound hazard = new SafetyHazardFound("visit-" + eventId, "finding-1", "GC-103", "CO-02",
                "Electric bikes charged in the stairwell of building 3.", clock.instant().minusSeconds(3600), clock.instant());
        topics.publish(hazard, eventId, "/citizen-service", "visit-" + eventId);
        topics.publish(hazard, eventId, "/citizen-service", "visit-" + eventId);

        String incidentId = DerivedIds.of("incident", eventId);
        IncidentReported reported = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> incidentId.equals(r.key()) && "IncidentReported".equals(TopicProbe.header(r, "ce_type"))).value(), EventCatalog.INCIDENT_REPORTED);
        assertThat(reported.teamId()).as("GB-131, the first block of GC-103, is PT-13's").isEqualTo("PT-13");
        assertThat(reported.category()).isEqualTo(IncidentCategory.ACCIDENT);
        assertThat(reported.description()).isEqualTo("Electric bikes charged in the stairwell of building 3.");
        assertThat(api().get("/api/v1/incidents/" + incidentId).json().get("status").asString()).isEqualTo("REPORTED");
        assertThat(topics.readFor(Topics.PATROL_EVENTS, Duration.ofSeconds(2))).as("the redelivered event changes nothing")
                .filteredOn(r -> incidentId.equals(r.key())).hasSize(1);
    }

    @Test
    void a_far_or_clock_skewed_check_in_is_accepted_and_flagged_and_missed_checkpoints_are_reported() {
        Response started = post("/api/v1/shifts", Map.of("teamId", "PT-31", "gridBlockId", "GB-221", "memberId", "PT-31-M01"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String shiftId = started.json().get("id").asString();
        JsonNode block = blockOf("GB-221");
        JsonNode cp1 = block.get("checkpoints").get(0);
        JsonNode cp2 = block.get("checkpoints").get(1);

        JsonNode onTheSpot = checkIn("PT-31", "PT-31-M02", cp1.get("id").asString(), clock.instant(), cp1.get("latitude").asDouble(),
                cp1.get("longitude").asDouble());
        assertThat(onTheSpot.get("flags")).isEmpty();
        JsonNode far = checkIn("PT-31", "PT-31-M02", cp2.get("id").asString(), clock.instant().minus(Duration.ofMinutes(12)),
                cp2.get("latitude").asDouble() + 0.005, cp2.get("longitude").asDouble());
        assertThat(far.get("flags").valueStream().map(JsonNode::asString)).containsExactly("FAR_FROM_CHECKPOINT", "DEVICE_CLOCK_SKEWED");
        assertThat(far.get("distanceMetres").asInt()).isBetween(500, 600);

        CheckInFlagged flagged = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> shiftId.equals(r.key()) && "CheckInFlagged".equals(TopicProbe.header(r, "ce_type"))).value(), EventCatalog.CHECK_IN_FLAGGED);
        assertThat(flagged.flags()).containsExactly(CheckInFlag.FAR_FROM_CHECKPOINT, CheckInFlag.DEVICE_CLOCK_SKEWED);
        assertThat(flagged.deviceClockSkewSeconds()).isEqualTo(720);

        assertProblem(ApiClient.localhost(port).by("PT-32-M01").post("/api/v1/shifts/" + shiftId + "/end", "{}"), 403, "forbidden", "teamId");
        JsonNode ended = ApiClient.localhost(port).by("PT-31-M02").post("/api/v1/shifts/" + shiftId + "/end", "{}").json();
        assertThat(ended.get("missedCheckpointIds").valueStream().map(JsonNode::asString)).containsExactly(block.get("checkpoints").get(2).get("id").asString());
        ShiftEndedWithMissedCheckpoints incomplete = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> shiftId.equals(r.key()) && "ShiftEndedWithMissedCheckpoints".equals(TopicProbe.header(r, "ce_type"))).value(),
                EventCatalog.SHIFT_ENDED_WITH_MISSED_CHECKPOINTS);
        assertThat(incomplete.missedCheckpointIds()).hasSize(1);

        assertProblem(post("/api/v1/check-ins", Map.of("teamId", "PT-31", "memberId", "PT-31-M02", "checkpointId", cp1.get("id").asString(),
                "deviceTime", clock.instant().toString(), "latitude", 30.5, "longitude", 114.4)), 409, "rule-violated", "checkpointId");
    }

    @Test
    void shifts_check_ins_incidents_and_duties_touch_their_documents_by_key_only() {
        String month = java.time.YearMonth.from(clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
        JsonNode before = assessmentOf("PT-33", month);
        int urgentBefore = api().get("/api/v1/patrol-kpis/" + month).json().get("urgentIncidents").asInt();
        StoreQueries.recorded().reset();
        String shiftId = post("/api/v1/shifts", Map.of("teamId", "PT-33", "gridBlockId", "GB-223", "memberId", "PT-33-M01")).json()
                .get("id").asString();
        JsonNode checkpoint = blockOf("GB-223").get("checkpoints").get(0);
        checkIn("PT-33", "PT-33-M02", checkpoint.get("id").asString(), clock.instant(), checkpoint.get("latitude").asDouble(),
                checkpoint.get("longitude").asDouble());
        assertThat(ApiClient.localhost(port).by("PT-33-M02").post("/api/v1/shifts/" + shiftId + "/end", "{}").status()).isEqualTo(200);
        String incident = post("/api/v1/incidents", Map.of("teamId", "PT-33", "gridBlockId", "GB-223", "category", "THEFT",
                "urgent", true, "place", "Bicycle shed of building 2", "description", "A lock cut open.", "reportedBy", "PT-33-M02"))
                .json().get("id").asString();
        step(incident, "/acknowledgement", Map.of("by", "PO-01"));
        step(incident, "/outcome", Map.of("outcome", "FALSE_ALARM", "summary", "The owner had lost his key.", "by", "PO-01"));
        assertThat(api().get("/api/v1/incidents/" + incident + "/timeline").status()).isEqualTo(200);
        String disputeId = UUID.randomUUID().toString();
        publish(new DisputeRiskRaised(disputeId, "GC-103", "Riverside site, east gate", RiskLevel.HIGH, RiskLevel.MEDIUM,
                List.of("gate-blocked"), clock.instant(), new Actor("CO-02", "COMMUNITY_OFFICER"), "forty workers at the gate"));
        publish(new DisputeResolved(disputeId, "GC-103", DisputeLayer.JOINT_MEDIATION, "Wages paid", new Actor("PM-03", "MEDIATOR"),
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/duties?disputeId=" + disputeId).json().valueStream()
                .anyMatch(d -> d.get("status").asString().equals("LIFTED")));
        JsonNode after = assessmentOf("PT-33", month);
        assertThat(after.get("shiftsDone").asInt()).as("the month's shifts, read by day, by key").isEqualTo(before.get("shiftsDone").asInt() + 1);
        assertThat(after.get("incidentsReported").asInt()).isEqualTo(before.get("incidentsReported").asInt() + 1);
        assertThat(api().get("/api/v1/patrol-kpis/" + month).json().get("urgentIncidents").asInt()).isEqualTo(urgentBefore + 1);

        assertThat(StoreQueries.recorded().scansOutside(mongo, NOT_BY_KEY.keySet())).as("queries no unique index serves").isEmpty();
    }

    @Test
    void the_assessment_is_counted_as_shifts_and_incidents_are_written_and_equals_the_month_counted_again_from_its_records() {
        String month = "2026-06";
        JsonNode pt35Before = assessmentOf("PT-35", month);
        JsonNode pt36Before = assessmentOf("PT-36", month);
        int urgentBefore = api().get("/api/v1/patrol-kpis/" + month).json().get("urgentIncidents").asInt();
        // PT-35 patrols GB-225: two of its three checkpoints, one check-in a kilometre away (flagged)
        String shiftId = post("/api/v1/shifts", Map.of("teamId", "PT-35", "gridBlockId", "GB-225", "memberId", "PT-35-M01")).json()
                .get("id").asString();
        JsonNode checkpoints = blockOf("GB-225").get("checkpoints");
        for (int i = 0; i < 2; i++) {
            JsonNode checkpoint = checkpoints.get(i);
            checkIn("PT-35", "PT-35-M01", checkpoint.get("id").asString(), clock.instant(),
                    checkpoint.get("latitude").asDouble() + (i == 1 ? 0.01 : 0), checkpoint.get("longitude").asDouble());
        }
        assertThat(ApiClient.localhost(port).by("PT-35-M01").post("/api/v1/shifts/" + shiftId + "/end", "{}").status()).isEqualTo(200);
        // PT-35 reports an urgent incident; the police acknowledge it and give PT-36 a task, which it reports on
        String incident = post("/api/v1/incidents", Map.of("teamId", "PT-35", "gridBlockId", "GB-225", "category", "ACCIDENT",
                "urgent", true, "place", "Stairwell of building 5", "description", "Smoke from a storage room.", "reportedBy", "PT-35-M02"))
                .json().get("id").asString();
        clock.advance(Duration.ofSeconds(45));
        step(incident, "/acknowledgement", Map.of("by", "PO-01"));
        JsonNode task = step(incident, "/tasks", Map.of("teamId", "PT-36", "description", "Keep residents out of the stairwell", "by", "PO-01"))
                .get("tasks").get(0);
        step(incident, "/tasks/" + task.get("id").asString() + "/report", Map.of("teamId", "PT-36", "report", "Stairwell closed.",
                "by", "PT-36-M01"));

        StoreQueries.recorded().reset();
        JsonNode ranking = api().get("/api/v1/assessments/" + month).json();
        JsonNode kpis = api().get("/api/v1/patrol-kpis/" + month).json();
        Map<StoreQueries.Shape, StoreQueries.Seen> sent = StoreQueries.recorded().in(mongo.getDb().getName());
        assertThat(sent.keySet()).extracting(StoreQueries.Shape::collection).contains("patrol_assessment_tallies");
        assertThat(sent.entrySet().stream().filter(shape -> !shape.getValue().caller().contains("OutboxRelay")).map(shape -> shape.getKey().collection()))
                .as("read from the teams' running tallies, not from the month's records (the outbox relay may still be reading "
                        + "the records just written to publish their events): %s", sent)
                .doesNotContain("shifts", "incidents", "shifts_started_on", "shifts_missed_on", "incidents_reported_on");
        JsonNode pt35 = assessmentOf("PT-35", month);
        assertThat(pt35.get("shiftsDone").asInt()).isEqualTo(pt35Before.get("shiftsDone").asInt() + 1);
        assertThat(pt35.get("visitsMade").asInt()).isEqualTo(pt35Before.get("visitsMade").asInt() + 2);
        assertThat(pt35.get("flaggedCheckIns").asInt()).isEqualTo(pt35Before.get("flaggedCheckIns").asInt() + 1);
        assertThat(pt35.get("incidentsReported").asInt()).isEqualTo(pt35Before.get("incidentsReported").asInt() + 1);
        JsonNode pt36 = assessmentOf("PT-36", month);
        assertThat(pt36.get("tasksAssigned").asInt()).isEqualTo(pt36Before.get("tasksAssigned").asInt() + 1);
        assertThat(pt36.get("tasksReported").asInt()).isEqualTo(pt36Before.get("tasksReported").asInt() + 1);
        assertThat(kpis.get("urgentIncidents").asInt()).isEqualTo(urgentBefore + 1);
        assertThat(kpis.get("incidentsByBlockAndCategory").get("GB-225").get("ACCIDENT").asInt()).isPositive();

        // the same month counted again from its records, as a store kept from before the tallies is at its first assessment
        // (emptied, not dropped: the collection keeps its indexes)
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "patrol_assessment_tallies");
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "patrol_assessment_filed_months");
        assertThat(api().get("/api/v1/assessments/" + month).json()).isEqualTo(ranking);
        assertThat(api().get("/api/v1/patrol-kpis/" + month).json()).isEqualTo(kpis);

        // a count lost after its record was written (the process died between the two) is made good by the recount
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(month + "|PT-35")), "patrol_assessment_tallies");
        assertThat(assessmentOf("PT-35", month).get("shiftsDone").asInt()).isZero();
        counting.recountRecent();
        assertThat(api().get("/api/v1/assessments/" + month).json()).isEqualTo(ranking);
        assertThat(api().get("/api/v1/patrol-kpis/" + month).json()).isEqualTo(kpis);
    }

    @Test
    void members_counted_at_once_into_one_team_month_lose_none_of_each_others_visits() throws Exception {
        // May 2026: a month no other test writes; six writers, as six members checking in at once
        java.time.YearMonth may = java.time.YearMonth.of(2026, 5);
        Instant evening = Instant.parse("2026-05-12T11:30:00Z");
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        TeamMonth.PatrolledShift shift = new TeamMonth.PatrolledShift("may-" + writer + "-" + i, 0, "GB-225", evening,
                                List.of("GB-225-CP1", "GB-225-CP2"), i % 2);
                        tallies.change("PT-35", may, month -> month.with(shift), month -> month.totals(zone, directory::block));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> each : done) {
                each.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        TeamTotals totals = tallies.totals(may, List.of("PT-35")).get("PT-35");
        assertThat(totals.shiftsDone()).isEqualTo(90);
        assertThat(totals.blocks().get("GB-225").bands().get("EVENING")).isEqualTo(new TeamTotals.BandTotals(90, 180));
        assertThat(totals.blocks().get("GB-225").flaggedCheckIns()).isEqualTo(42);
    }

    private JsonNode assessmentOf(String teamId, String month) {
        return api().get("/api/v1/assessments/" + month).json().valueStream().filter(a -> a.get("teamId").asString().equals(teamId))
                .findFirst().orElseThrow();
    }

    /**
     * The queries allowed that are not by key, and why (README, "Hot paths"): bounded, and never per
     * event or request; a test may or may not see them (the outbox relay's sweep is the kit's, declared in StoreQueries).
     */
    static final Map<String, String> NOT_BY_KEY = Map.of(
            "patrol_teams find {}", "a month's assessment ranks every team: the roster is read whole, a page at a time (tens of teams; it does not grow with shifts or incidents)",
            "patrol_teams aggregate {}", "the same pages' count");

    @Test
    void a_planned_shift_not_started_is_recorded_as_missed_once() {
        post("/api/v1/shifts", Map.of("teamId", "PT-02", "gridBlockId", "GB-112", "memberId", "PT-02-M01"));
        // the evening patrol starts at 19:00 station time (11:00 UTC) with 30 minutes' grace: 20:40 is long past it
        int recorded = schedules.checkDue();
        assertThat(recorded).isPositive();
        assertThat(schedules.checkDue()).as("once per team, block and day").isZero();

        JsonNode missed = api().get("/api/v1/missed-shifts?teamId=PT-03").json();
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).get("gridBlockId").asString()).isEqualTo("GB-113");
        assertThat(api().get("/api/v1/missed-shifts?teamId=PT-02").json()).as("PT-02 started its shift").isEmpty();
        ShiftMissed event = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> "PT-03".equals(r.key()) && "ShiftMissed".equals(TopicProbe.header(r, "ce_type"))).value(), EventCatalog.SHIFT_MISSED);
        assertThat(event.plannedStart()).isEqualTo(Instant.parse("2026-06-18T11:00:00Z"));
    }

    @Test
    void the_month_is_assessed_per_team_and_the_teams_under_the_bar_are_published_once() {
        String shiftId = post("/api/v1/shifts", Map.of("teamId", "PT-34", "gridBlockId", "GB-224", "memberId", "PT-34-M01"))
                .json().get("id").asString();
        for (JsonNode checkpoint : blockOf("GB-224").get("checkpoints")) {
            checkIn("PT-34", "PT-34-M01", checkpoint.get("id").asString(), clock.instant(), checkpoint.get("latitude").asDouble(),
                    checkpoint.get("longitude").asDouble());
        }
        ApiClient.localhost(port).by("PT-34-M01").post("/api/v1/shifts/" + shiftId + "/end", "{}");

        JsonNode ranking = api().get("/api/v1/assessments/2026-06").json();
        assertThat(ranking.size()).isGreaterThanOrEqualTo(68);
        assertThat(ranking.valueStream().map(a -> a.get("coverage").asDouble()).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode pt34 = ranking.valueStream().filter(a -> a.get("teamId").asString().equals("PT-34")).findFirst().orElseThrow();
        assertThat(pt34.get("plannedShifts").asInt()).as("18 days of June so far, one block").isEqualTo(18);
        assertThat(pt34.get("shiftsDone").asInt()).isEqualTo(1);
        assertThat(pt34.get("coverage").asDouble()).isEqualTo(3.0 / 54);
        assertThat(pt34.get("belowThreshold").asBoolean()).isTrue();

        ApiClient operator = ApiClient.localhost(port).by("OP-01");
        int published = operator.post("/api/v1/assessments/2026-06/below-threshold", "{}").json().get("published").asInt();
        assertThat(published).as("every team under the bar, once")
                .isEqualTo((int) ranking.valueStream().filter(a -> a.get("belowThreshold").asBoolean()).count());
        assertThat(operator.post("/api/v1/assessments/2026-06/below-threshold", "{}").json().get("published").asInt()).isZero();
        TeamAssessedBelowThreshold below = EventJson.read(topics.await(Topics.PATROL_EVENTS, Duration.ofSeconds(20),
                r -> "PT-34".equals(r.key()) && "TeamAssessedBelowThreshold".equals(TopicProbe.header(r, "ce_type"))).value(),
                EventCatalog.TEAM_ASSESSED_BELOW_THRESHOLD);
        assertThat(below.month()).isEqualTo("2026-06");
        assertThat(below.coverage()).isEqualTo(3.0 / 54);
        assertThat(below.shiftsDone()).isEqualTo(1);
        assertThat(below.plannedShifts()).isEqualTo(18);
        assertThat(below.assessedAt()).as("published at the moment it was assessed (its ce_time)").isEqualTo(clock.instant());

        JsonNode kpis = api().get("/api/v1/patrol-kpis/2026-06").json();
        assertThat(kpis.get("shiftsDone").asInt()).as("the station's shifts are its teams' shifts")
                .isEqualTo(api().get("/api/v1/assessments/2026-06").json().valueStream().mapToInt(a -> a.get("shiftsDone").asInt()).sum());
        assertThat(kpis.get("coverage").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void refusals_name_the_field_and_store_nothing() {
        assertProblem(post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-999", "category", "THEFT", "urgent", true,
                "place", "x", "description", "y", "reportedBy", "PT-20-M01")), 400, "validation-failed", "gridBlockId");
        assertProblem(post("/api/v1/shifts", Map.of("teamId", "PT-31", "gridBlockId", "GB-999", "memberId", "PT-31-M01")),
                400, "validation-failed", "gridBlockId");
        assertProblem(post("/api/v1/shifts", Map.of("teamId", "PT-31", "gridBlockId", "GB-111", "memberId", "PT-31-M01")),
                409, "rule-violated", "gridBlockId");
        // a member of another team cannot start (or report, or check in) for this one
        assertProblem(post("/api/v1/shifts", Map.of("teamId", "PT-32", "gridBlockId", "GB-222", "memberId", "PT-99-M01")),
                403, "forbidden", "teamId");
        assertProblem(ApiClient.localhost(port).by("PT-33-M01").post("/api/v1/shifts", Map.of("teamId", "PT-33", "gridBlockId", "GB-223",
                "memberId", "PT-33-M02")), 403, "forbidden", "memberId");
        assertProblem(ApiClient.localhost(port).by("PT-19-M01").post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-142",
                "category", "THEFT", "urgent", false, "place", "x", "description", "y")), 403, "forbidden", "teamId");
        assertProblem(post("/api/v1/check-ins", Map.of("teamId", "PT-33", "memberId", "PT-33-M01", "checkpointId", "GB-223-CP1",
                "deviceTime", clock.instant().toString(), "latitude", 30.5, "longitude", 114.4)), 409, "rule-violated", "checkpointId");
        assertProblem(post("/api/v1/check-ins", Map.of("teamId", "PT-33", "memberId", "PT-33-M01", "checkpointId", "GB-999-CP1",
                "deviceTime", clock.instant().toString(), "latitude", 30.5, "longitude", 114.4)), 400, "validation-failed", "checkpointId");
        assertThat(api().get("/api/v1/shifts?teamId=PT-32").json()).isEmpty();
    }

    private JsonNode blockOf(String id) {
        return api().get("/api/v1/grid-blocks/" + id).json();
    }

    private JsonNode checkIn(String teamId, String memberId, String checkpointId, Instant deviceTime, double latitude, double longitude) {
        Response response = post("/api/v1/check-ins", Map.of("teamId", teamId, "memberId", memberId, "checkpointId", checkpointId,
                "deviceTime", deviceTime.toString(), "latitude", latitude, "longitude", longitude));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode step(String id, String path, Map<String, Object> body) {
        Response response = post("/api/v1/incidents/" + id + path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private void publish(PlatformEvent event) {
        topics.publish(event, UUID.randomUUID().toString(), "/dispute-service", "risk-" + UUID.randomUUID());
    }
}
