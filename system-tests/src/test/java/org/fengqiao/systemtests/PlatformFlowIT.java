package org.fengqiao.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentReported;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TestPeople;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.localstack.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Black-box flows across the four services, each a separate JVM built from its exec jar, over a
 * real Kafka broker and the embedded MongoDB-compatible store, exactly as the local stack runs them.
 * Every call carries a real access token for the person who acts, issued by the stack's own
 * identity provider (its development shortcut gives a made-up person's token without the sign-in
 * form; {@code FrontDoorIT} signs in for real).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFlowIT {

    @TempDir
    static Path dataDir;

    static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        // unacknowledged alerts repeat every 2 s here (5 min by default), looked for every 0.5 s
        stack = LocalStack.builder().dataDir(dataDir).freePorts().events(System.out::println)
                // the test's webhook receiver listens on 127.0.0.1, allow-listed here only
                .serviceEnvironment("notification-service", "NOTIFICATION_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1")
                .serviceEnvironment("notification-service", "NOTIFICATION_REPEAT_URGENT", "PT2S")
                .serviceEnvironment("notification-service", "NOTIFICATION_ALERTS_CHECK_INTERVAL", "PT0.5S")
                .start();
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
            StackLogs.keep(stack, "PlatformFlowIT");
        }
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A service's API, called by a made-up person with their token from the identity provider. */
    private static ApiClient api(String service, String personId) {
        return new ApiClient(stack.service(service).baseUrl()).as(TOKENS.computeIfAbsent(personId, stack::devToken));
    }

    private static TopicProbe topics() {
        return new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.ADMIN));
    }

    @Test
    @Order(1)
    void a_reported_dispute_becomes_a_notification_for_the_grid_cells_community_officer_within_seconds() {
        Instant posted = Instant.now();
        Response created = api("dispute-service", "IV-0007").post("/api/v1/disputes",
                report("GC-103", "Forty workers say three months of wages are unpaid."), "X-Correlation-Id", "system-test-flow-1");
        assertThat(created.status()).isEqualTo(201);
        String disputeId = created.json().get("id").asString();

        JsonNode notification = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> notificationsFor("CO-02").get(disputeId), n -> n != null);
        System.out.printf("notification visible %d ms after the POST%n", Duration.between(posted, Instant.now()).toMillis());

        assertThat(notification.get("title").asString()).contains("GC-103");
        ConsumerRecord<String, byte[]> record = topics().await(Topics.DISPUTE_EVENTS, Duration.ofSeconds(10),
                r -> disputeId.equals(r.key()));
        MessageReader reader = KafkaMessageFactory.createReader(record);
        CloudEvent event = reader.toEvent();
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getType()).isEqualTo("DisputeReported");
        assertThat(event.getSource().toString()).isEqualTo("/dispute-service");
        assertThat(event.getSubject()).isEqualTo(disputeId);
        assertThat(event.getExtension("correlationid")).isEqualTo("system-test-flow-1");
        assertThat(notification.get("triggerEventId").asString()).isEqualTo(event.getId());
        DisputeReported payload = EventJson.read(event.getData().toBytes(), EventCatalog.DISPUTE_REPORTED);
        assertThat(payload.peopleInvolved()).isEqualTo(40);
        ConsumerRecord<String, byte[]> sent = topics().await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(10),
                r -> event.getId().equals(TopicProbe.header(r, "ce_causationid")));
        assertThat(TopicProbe.header(sent, "ce_correlationid")).isEqualTo("system-test-flow-1");
    }

    @Test
    @Order(2)
    void an_urgent_patrol_alert_reaches_in_app_and_webhook_at_once_repeats_until_acknowledged_then_stops() throws Exception {
        List<Instant> webhookCalls = new CopyOnWriteArrayList<>();
        List<String> repeats = new CopyOnWriteArrayList<>();
        Map<String, Instant> firstCall = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/pt-03", exchange -> {
            webhookCalls.add(Instant.now());
            repeats.add(exchange.getRequestHeaders().getFirst("X-Repeat"));
            JsonNode body = EventJson.mapper().readTree(exchange.getRequestBody().readAllBytes());
            firstCall.putIfAbsent(body.get("subjectId").asString(), Instant.now());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        robot.start();
        List<Instant> streamed = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try {
            assertThat(api("notification-service", "OP-01").put("/api/v1/recipients/PT-03", Map.of("name", "Riverside towers patrol", "kind", "TEAM",
                    "webhookUrl", "http://127.0.0.1:" + robot.getAddress().getPort() + "/pt-03")).status()).isEqualTo(200);
            HttpResponse<java.util.stream.Stream<String>> stream = http.send(HttpRequest.newBuilder(
                            URI.create(stack.service("notification-service").baseUrl() + "/api/v1/notifications/stream?recipient=PO-01"))
                            .header("Authorization", "Bearer " + TOKENS.computeIfAbsent("PO-01", stack::devToken)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try (java.util.stream.Stream<String> lines = stream.body()) {
                    lines.filter(line -> line.startsWith("data:")).forEach(line -> streamed.add(Instant.now()));
                } catch (java.io.UncheckedIOException closed) {
                    // the stream ends when the service stops or the client goes away
                }
            });
            reader.setDaemon(true);
            reader.start();

            String incidentId = "inc-" + UUID.randomUUID();
            IncidentReported climbers = new IncidentReported(incidentId, "PT-07", "GB-104", "GC-104", IncidentCategory.THEFT, true,
                    "Tower 7, east face", "Two people climbing the outside of the tower.", List.of(), List.of("PT-03"), "PT-07-M02",
                    Instant.now());
            Instant published = Instant.now();
            topics().publish(climbers, UUID.randomUUID().toString(), "/patrol-service", "tower-7");

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> !webhookCalls.isEmpty() && !streamed.isEmpty());
            System.out.printf("urgent patrol alert on the local stack: webhook %d ms, in-app stream %d ms after publishing%n",
                    Duration.between(published, webhookCalls.get(0)).toMillis(), Duration.between(published, streamed.get(0)).toMillis());

            // 30 more urgent alerts, one after the other: how long each takes to reach the webhook
            List<Long> latencies = new ArrayList<>();
            List<String> measured = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                IncidentReported next = new IncidentReported("inc-" + UUID.randomUUID(), "PT-07", "GB-104", "GC-104", IncidentCategory.SABOTAGE,
                        true, "Substation fence " + i, "Someone is cutting the fence.", List.of(), List.of("PT-03"), "PT-07-M02", Instant.now());
                Instant sent = Instant.now();
                topics().publish(next, UUID.randomUUID().toString(), "/patrol-service", "latency-" + i);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(() -> firstCall.containsKey(next.incidentId()));
                latencies.add(Duration.between(sent, firstCall.get(next.incidentId())).toMillis());
                measured.add(next.incidentId());
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("urgent alert to webhook over 30 alerts on the local stack: p50 %d ms, p95 %d ms, max %d ms%n",
                    sorted.get(14), sorted.get(28), sorted.get(29));

            for (String other : measured) {
                acknowledge(other);
            }

            await().atMost(Duration.ofSeconds(15)).until(() -> repeats.contains("2"));
            acknowledge(incidentId);
            // for 5 s after the acknowledgements at most one more call arrives (one may have been on its way)
            int afterAck = webhookCalls.size();
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> webhookCalls.size() <= afterAck + 1);
            System.out.printf("webhook calls: %d before the acknowledgements, %d in the 5 s after them%n", afterAck, webhookCalls.size() - afterAck);
        } finally {
            robot.stop(0);
        }
    }

    @Test
    @Order(3)
    void a_malformed_record_lands_in_the_dead_letter_topic_and_the_next_report_is_still_notified() {
        String badId = UUID.randomUUID().toString();
        // on every partition, so whichever partition the next report lands on, it queues behind a broken record
        for (int partition = 0; partition < 3; partition++) {
            topics().send(Topics.DISPUTE_EVENTS, partition, "broken-record", "{\"disputeId\": oops".getBytes(UTF_8),
                    "ce_specversion", "1.0", "ce_id", badId, "ce_source", "/someone-else", "ce_type", "DisputeReported",
                    "ce_time", Instant.now().toString(), "ce_correlationid", "bad-flow", "content-type", "application/json");
        }
        Response created = api("dispute-service", "IV-0007").post("/api/v1/disputes", report("GC-201", "Reported right after a broken record."));
        String disputeId = created.json().get("id").asString();

        ConsumerRecord<String, byte[]> dead = topics().await(Topics.deadLetterTopic(Topics.DISPUTE_EVENTS, "notification-service"),
                Duration.ofSeconds(30), r -> badId.equals(TopicProbe.header(r, "ce_id")));
        assertThat(TopicProbe.header(dead, "ce_correlationid")).isEqualTo("bad-flow");
        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{\"disputeId\": oops");
        assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo(Topics.DISPUTE_EVENTS);
        assertThat(TopicProbe.header(dead, "x-exception-stacktrace"))
                .contains("EventRejectedException: DisputeReported " + badId + " breaks the contract");
        await().atMost(Duration.ofSeconds(15)).until(() -> notificationsFor("CO-03").containsKey(disputeId));
    }

    @Test
    @Order(4)
    void with_disputes_arriving_continuously_a_killed_notification_service_restarts_and_each_dispute_is_notified_exactly_once() {
        ServiceProcess notifications = stack.service("notification-service");
        List<String> disputeIds = new ArrayList<>();
        int total = 60;
        for (int i = 0; i < total; i++) {
            if (i == 20) {
                notifications.kill();
                System.out.println("notification-service killed (kill -9) after " + i + " reports");
            }
            if (i == 40) {
                notifications.start();
                System.out.println("notification-service restarting after " + i + " reports");
            }
            Response created = api("dispute-service", "IV-0007").post("/api/v1/disputes", report("GC-304", "Continuous report " + i));
            assertThat(created.status()).isEqualTo(201);
            disputeIds.add(created.json().get("id").asString());
        }
        notifications.awaitHealthy(Duration.ofSeconds(120));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> notificationsFor("CO-06").keySet().containsAll(disputeIds));
        // one in-app notification and one e-mail per dispute
        Map<String, Long> perDispute = inbox("CO-06").stream().filter(n -> "IN_APP".equals(n.get("channel").asString()))
                .collect(Collectors.groupingBy(n -> n.get("subjectId").asString(), Collectors.counting()));
        Map<String, Long> emailsPerDispute = inbox("CO-06").stream().filter(n -> "EMAIL".equals(n.get("channel").asString()))
                .collect(Collectors.groupingBy(n -> n.get("subjectId").asString(), Collectors.counting()));
        System.out.printf("disputes reported: %d, notified: %d, notifications for them: %d%n", disputeIds.size(),
                disputeIds.stream().filter(perDispute::containsKey).count(),
                disputeIds.stream().mapToLong(id -> perDispute.getOrDefault(id, 0L)).sum());
        assertThat(disputeIds).allSatisfy(id -> assertThat(perDispute.get(id)).as("in-app notifications for %s", id).isEqualTo(1L));
        assertThat(disputeIds).allSatisfy(id -> assertThat(emailsPerDispute.get(id)).as("e-mails for %s", id).isEqualTo(1L));
    }

    @Test
    @Order(5)
    void stopping_and_restarting_the_platform_keeps_disputes_and_notifications() {
        Response created = api("dispute-service", "IV-0007").post("/api/v1/disputes", report("GC-102", "Reported before a restart."));
        String disputeId = created.json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> notificationsFor("CO-01").containsKey(disputeId));

        LocalStack.Builder samePorts = LocalStack.builder().dataDir(dataDir).events(System.out::println)
                .kafkaPort(stack.kafka().port()).kafkaControllerPort(stack.kafka().controllerPort())
                .mongoPort(stack.mongo().port()).smtpPort(stack.mail().port());
        stack.services().forEach(service -> samePorts.servicePort(service.name(), service.port()));
        stack.stop();
        stack = samePorts.start();

        assertThat(api("dispute-service", "CO-01").get("/api/v1/disputes/" + disputeId).status())
                .as("the token issued before the restart is still good: the provider kept its signing key").isEqualTo(200);
        assertThat(notificationsFor("CO-01")).containsKey(disputeId);
        assertThat(inbox("CO-06")).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    @Order(6)
    void a_dispute_whose_risk_turns_high_gives_the_sites_patrol_team_a_duty_that_its_resolution_lifts() {
        Response created = api("dispute-service", "IV-0007").post("/api/v1/disputes", report("GC-103", "Workers block the east gate of the Riverside site."));
        String disputeId = created.json().get("id").asString();
        String officer = "CO-02";
        disputeStep(disputeId, officer, "/triage", Map.of("category", "WAGE_ARREARS", "startLayer", "SOURCE_RESOLUTION",
                "site", "Riverside site, east gate", "signals", Map.of("peopleInvolved", 40, "gateBlocked", true)));

        JsonNode duty = await().atMost(Duration.ofSeconds(20)).until(
                () -> api("patrol-service", "PO-01").get("/api/v1/duties?disputeId=" + disputeId).json(), d -> d.size() == 1).get(0);
        assertThat(duty.get("teamId").asString()).as("the team contracted to GB-131, GC-103's site block").isEqualTo("PT-13");
        assertThat(duty.get("status").asString()).isEqualTo("ACTIVE");
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox("PT-13").stream()
                .anyMatch(n -> duty.get("id").asString().equals(n.get("subjectId").asString()) && "URGENT".equals(n.get("urgency").asString())));

        disputeStep(disputeId, officer, "/assignment", Map.of("assigneeId", "PM-03"));
        String mediator = "PM-03";
        disputeStep(disputeId, mediator, "/mediation-sessions", Map.of("participants", List.of("developer", "workers"),
                "outcome", "AGREEMENT", "summary", "Wages paid by Friday."));
        disputeStep(disputeId, mediator, "/resolution", Map.of("agreement", "Wages paid by Friday."));

        JsonNode lifted = await().atMost(Duration.ofSeconds(20)).until(
                () -> api("patrol-service", "PO-01").get("/api/v1/duties?disputeId=" + disputeId).json().get(0),
                d -> "LIFTED".equals(d.get("status").asString()));
        assertThat(lifted.get("liftReason").asString()).isEqualTo("DisputeResolved");
    }

    @Test
    @Order(7)
    void the_worked_case_climbers_on_a_tower_alert_the_police_and_the_neighbouring_teams_and_end_caught() {
        Response reported = api("patrol-service", "PT-20-M02").post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-142",
                "category", "THEFT", "urgent", true, "place", "Tower 7, east face", "description", "Two people climbing the outside of the tower."),
                "X-Correlation-Id", "tower-7");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String incidentId = reported.json().get("id").asString();
        for (String recipient : List.of("PO-01", "PT-19", "PT-21", "PT-23", "CO-02")) {
            await().alias(recipient).atMost(Duration.ofSeconds(20)).until(() -> inbox(recipient).stream()
                    .anyMatch(n -> incidentId.equals(n.get("subjectId").asString()) && "URGENT".equals(n.get("urgency").asString())));
        }

        incidentStep(incidentId, "PO-01", "/acknowledgement", Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox("PO-01").stream()
                .anyMatch(n -> incidentId.equals(n.get("subjectId").asString()) && "PO-01".equals(n.get("acknowledgedBy").asString())));
        incidentStep(incidentId, "PO-01", "/tasks", Map.of("teamId", "PT-20", "description", "Seal Tower 7"));
        JsonNode withTasks = incidentStep(incidentId, "PO-01", "/tasks", Map.of("teamId", "PT-21", "description", "Search floor by floor"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox("PT-21").stream()
                .anyMatch(n -> "IncidentTaskAssigned".equals(n.get("triggerEventType").asString()) && incidentId.equals(n.get("subjectId").asString())));
        for (JsonNode task : withTasks.get("tasks")) {
            incidentStep(incidentId, task.get("teamId").asString() + "-M01", "/tasks/" + task.get("id").asString() + "/report",
                    Map.of("teamId", task.get("teamId").asString(), "report", "done"));
        }
        incidentStep(incidentId, "PO-01", "/outcome", Map.of("outcome", "SUSPECTS_CAUGHT", "summary", "Two burglars caught."));

        JsonNode timeline = api("patrol-service", "PO-01").get("/api/v1/incidents/" + incidentId + "/timeline").json();
        assertThat(timeline.valueStream().map(e -> e.get("eventType").asString())).containsExactly("IncidentReported", "IncidentAcknowledged",
                "IncidentTaskAssigned", "IncidentTaskAssigned", "IncidentTaskReported", "IncidentTaskReported", "IncidentClosed");
    }

    @Test
    @Order(8)
    void a_neighbour_quarrel_found_on_a_home_visit_enters_the_dispute_pipeline_with_its_origin_and_reaches_the_officer() {
        Response logged = api("citizen-service", "CO-04").post("/api/v1/home-visits", Map.of("gridCellId", "GC-204",
                "householdRef", "HH-204-0315", "peopleMet", 3, "visitedAt", Instant.now().minusSeconds(300).toString(),
                "findings", List.of(Map.of("kind", "DISPUTE", "description", "The ceiling leaks from upstairs; the households no longer speak.",
                        "category", "NEIGHBOUR", "parties", List.of(Map.of("name", "Household of flat 3-201"), Map.of("name", "Tenants of flat 3-301")),
                        "peopleInvolved", 5))));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String findingId = logged.json().get("findings").get(0).get("id").asString();

        JsonNode dispute = await().atMost(Duration.ofSeconds(20)).until(() -> api("dispute-service", "CO-04")
                        .get("/api/v1/disputes?gridCellId=GC-204&size=200").json().get("items").valueStream()
                        .filter(d -> d.get("origin").isObject() && findingId.equals(d.get("origin").get("reference").asString()))
                        .findFirst().orElse(null), d -> d != null);
        assertThat(dispute.get("origin").get("kind").asString()).isEqualTo("HOME_VISIT_FINDING");
        assertThat(dispute.get("status").asString()).isEqualTo("REPORTED");
        String disputeId = dispute.get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor("CO-04").containsKey(disputeId));
    }

    @Test
    @Order(9)
    void the_82_year_old_found_on_a_home_visit_gets_her_card_at_home_and_her_son_is_e_mailed_each_step() {
        String son = "CZ-30982";
        String sonsAddress = "son-30982@residents.example";
        // the son's own app registers his e-mail
        assertThat(api("notification-service", son).put("/api/v1/recipients/" + son, Map.of("name", "Son of the resident of flat 1-102",
                "kind", "CITIZEN", "language", "en", "email", sonsAddress)).status()).isEqualTo(200);
        Response logged = api("citizen-service", "CO-04").post("/api/v1/home-visits", Map.of("gridCellId", "GC-204",
                "householdRef", "HH-204-0102", "peopleMet", 2, "visitedAt", Instant.now().minusSeconds(600).toString(),
                "findings", List.of(Map.of("kind", "DOOR_TO_DOOR", "description", "She is 82 and cannot come in; her ID card has expired.",
                                "doorToDoor", Map.of("citizenRef", "CZ-30981", "personName", "Resident of flat 1-102", "serviceKind", "ID_CARD",
                                        "reason", "ELDERLY", "notifyRef", son)),
                        Map.of("kind", "SAFETY_HAZARD", "description", "Electric bikes charged in the stairwell."))));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String visitId = logged.json().get("id").asString();
        String requestId = logged.json().get("findings").get(0).get("workRef").asString();

        // the registration desk hears it the same day; the hazard becomes a patrol incident for the cell's team
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor("registration-desk").containsKey(requestId));
        topics().await(Topics.PATROL_EVENTS, Duration.ofSeconds(20), r -> "IncidentReported".equals(TopicProbe.header(r, "ce_type"))
                && new String(r.value(), UTF_8).contains(visitId));

        citizenStep(requestId, "RD-01", "/schedule", Map.of("officerId", "PO-03", "scheduledFor", Instant.now().plusSeconds(3 * 3600).toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> stack.mail().subjectsTo(sonsAddress).contains("Home visit scheduled"));
        citizenStep(requestId, "PO-03", "/collect-at-home", Map.of("idNumber", "110105194403120025"));
        citizenStep(requestId, "RD-01", "/submit", Map.of());
        citizenStep(requestId, "RD-01", "/ready", Map.of());
        citizenStep(requestId, "PO-03", "/deliver", Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> stack.mail().subjectsTo(sonsAddress).containsAll(List.of("Ready: ID_CARD", "Done: ID_CARD")));
        assertThat(inbox(son).stream().filter(n -> "IN_APP".equals(n.get("channel").asString()) && requestId.equals(n.get("subjectId").asString())))
                .as("scheduled, ready, delivered").hasSize(3);
        assertThat(api("citizen-service", son).get("/api/v1/service-requests/" + requestId).json().get("applicant").get("idNumber").asString())
                .as("the son sees the request, masked").isEqualTo("1101**********0025");
        assertThat(api("citizen-service", "RD-01").get("/api/v1/service-requests/" + requestId + "/personal-data?purpose=delivering%20the%20card")
                .json().get("idNumber").asString()).isEqualTo("110105194403120025");
        assertThat(api("citizen-service", "OP-01").get("/api/v1/service-requests/" + requestId + "/personal-data/access-log").json())
                .singleElement().satisfies(access -> assertThat(access.get("officerId").asString()).isEqualTo("RD-01"));
        assertThat(api("citizen-service", "CZ-90001").get("/api/v1/service-requests/" + requestId).status()).isEqualTo(403);
    }

    @Test
    @Order(10)
    void the_librarys_lost_items_reach_their_owners_inboxes_and_are_all_returned() {
        Response handed = api("citizen-service", "PO-02").post("/api/v1/lost-items/handovers", Map.of("handedOverBy", "Riverside Library duty desk",
                "servicePointId", "PR-01", "items", List.of(Map.of("kind", "ID_CARD", "description", "ID card left in the reading room", "ownerRef", "CZ-90007"),
                        Map.of("kind", "BAG", "description", "Blue canvas bag with a student card inside", "ownerRef", "CZ-90008"),
                        Map.of("kind", "CUP", "description", "Green thermos cup"))));
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        List<String> items = handed.json().valueStream().map(i -> i.get("id").asString()).toList();
        citizenStep(items.get(2), "PO-02", "/owner", Map.of("ownerRef", "CZ-90009"), "lost-items");
        List<String> owners = List.of("CZ-90007", "CZ-90008", "CZ-90009");
        for (int i = 0; i < 3; i++) {
            String owner = owners.get(i);
            String item = items.get(i);
            await().alias(owner).atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(owner).containsKey(item));
            citizenStep(item, "PO-02", "/return", Map.of(), "lost-items");
        }
        String handoverId = handed.json().get(0).get("handoverId").asString();
        assertThat(api("citizen-service", "PO-02").get("/api/v1/lost-items?handoverId=" + handoverId).json().valueStream()
                .map(i -> i.get("status").asString())).containsExactly("RETURNED", "RETURNED", "RETURNED");
    }

    private static void citizenStep(String requestId, String personId, String path, Map<String, Object> body) {
        citizenStep(requestId, personId, path, body, "service-requests");
    }

    private static void citizenStep(String id, String personId, String path, Map<String, Object> body, String collection) {
        Response response = api("citizen-service", personId).post("/api/v1/" + collection + "/" + id + path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static JsonNode incidentStep(String incidentId, String personId, String path, Map<String, Object> body) {
        Response response = api("patrol-service", personId).post("/api/v1/incidents/" + incidentId + path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void disputeStep(String disputeId, String personId, String path, Map<String, Object> body) {
        Map<String, Object> withVersion = new java.util.HashMap<>(body);
        withVersion.put("version", api("dispute-service", personId).get("/api/v1/disputes/" + disputeId).json().get("version").asLong());
        Response response = api("dispute-service", personId).post("/api/v1/disputes/" + disputeId + path, withVersion);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static void acknowledge(String incidentId) {
        JsonNode alert = inbox("PO-01").stream().filter(n -> incidentId.equals(n.get("subjectId").asString())).findFirst().orElseThrow();
        Response acknowledged = api("notification-service", "PO-01").post("/api/v1/notifications/" + alert.get("id").asString() + "/ack",
                Map.of());
        assertThat(acknowledged.status()).isEqualTo(200);
    }

    private static Map<String, JsonNode> notificationsFor(String recipient) {
        return inbox(recipient).stream().collect(Collectors.toMap(n -> n.get("subjectId").asString(), Function.identity(), (a, b) -> a));
    }

    private static List<JsonNode> inbox(String recipient) {
        Response response = api("notification-service", TestPeople.readerOf(recipient)).get("/api/v1/notifications?recipient=" + recipient + "&size=200");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private static Map<String, Object> report(String gridCellId, String description) {
        return Map.of(
                "gridCellId", gridCellId,
                "category", "WAGE_ARREARS",
                "parties", List.of(Map.of("name", "Northgate Builders (general contractor)", "role", "general contractor")),
                "description", description,
                "peopleInvolved", 40);
    }
}
