package org.fengqiao.notification.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.events.Topics;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.events.notification.NotificationAcknowledged;
import org.fengqiao.events.notification.NotificationFailed;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentReported;
import org.fengqiao.kit.test.AccessMatrix;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TestPeople;
import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.fengqiao.kit.test.MutableClock;
import org.fengqiao.kit.test.StoreQueries;
import org.fengqiao.kit.test.TestClock;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.notification.NotificationServiceApplication;
import org.fengqiao.notification.notification.application.SendDigests;
import org.fengqiao.notification.notification.application.WatchAlerts;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.support.InboxStream;
import org.fengqiao.notification.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Events from the platform's topics in; inboxes, live streams, e-mail through a real SMTP server
 * (GreenMail), webhooks to a real HTTP endpoint and notification.events out; over a real broker
 * and store, with a clock the test moves.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class, TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestClock.STARTS_AT + NotificationFlowIT.START_AT, "notification.alerts.check-interval=PT1H",
                "notification.alerts.repeat-every.URGENT=PT1M",
                "notification.alerts.repeat-every.CRITICAL=PT30S",
                "notification.retry.WEBHOOK.initial-backoff=PT1S",
                "notification.retry.WEBHOOK.max-backoff=PT4S",
                "notification.retry.WEBHOOK.max-attempts=4",
                // the test's webhook receivers listen on plain http on 127.0.0.1, allow-listed for this test only
                "notification.webhook.allow-http=true",
                "notification.webhook.allowed-hosts=127.0.0.1"})
class NotificationFlowIT {

    static final String START_AT = "2026-06-18T14:40:00Z";
    static final Instant START = Instant.parse(START_AT);
    static final GreenMail SMTP = smtp();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notification");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static GreenMail smtp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    org.fengqiao.kit.recovery.CrashPoints crashPoints;
    @Autowired
    WatchAlerts watch;
    @Autowired
    MeterRegistry meters;
    @Autowired
    SendDigests digests;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    List<AccessPolicy> policies;

    private final TopicProbe topics = new TopicProbe(EmbeddedInfrastructure.kafkaBrokers());

    /** An operator: rules, templates, recipients, parked deliveries. */
    private ApiClient api() {
        return ApiClient.localhost(port).by("OP-01");
    }

    /** Someone who reads a recipient's inbox: the person, a member of the team, the staff of the desk. */
    private ApiClient readerOf(String recipient) {
        return ApiClient.localhost(port).by(TestPeople.readerOf(recipient));
    }

    private Response acknowledge(String notificationId, String personId) {
        return ApiClient.localhost(port).by(personId).post("/api/v1/notifications/" + notificationId + "/ack", Map.of());
    }

    @Test
    void an_urgent_patrol_alert_reaches_in_app_and_webhook_at_once_repeats_and_escalates_until_acknowledged_then_stops() {
        try (WebhookReceiver robots = WebhookReceiver.started(); InboxStream police = new InboxStream(port, "PO-01", TestPeople.token("PO-01")).awaitOpen()) {
            team("PT-03", robots.url("/pt-03"));
            team("PT-08", robots.url("/pt-08"));
            IncidentReported climbers = incident("GC-104", true, List.of("PT-03", "PT-08"));
            Instant published = Instant.now();
            String eventId = publish(climbers, "tower-7-night");

            await().atMost(Duration.ofSeconds(10)).until(() -> robots.received(r -> isAbout(r, climbers)).size() == 2
                    && police.events().stream().anyMatch(e -> climbers.incidentId().equals(e.data().get("subjectId").asString())));
            Instant webhookAt = robots.received(r -> isAbout(r, climbers)).stream().map(WebhookReceiver.Received::at).max(Instant::compareTo).orElseThrow();
            Instant streamAt = police.events().stream().filter(e -> climbers.incidentId().equals(e.data().get("subjectId").asString()))
                    .map(InboxStream.Event::at).findFirst().orElseThrow();
            System.out.printf("urgent patrol alert: webhook %d ms, in-app stream %d ms after publishing%n",
                    Duration.between(published, webhookAt).toMillis(), Duration.between(published, streamAt).toMillis());
            JsonNode first = robots.received(r -> r.path().equals("/pt-03") && isAbout(r, climbers)).get(0).body();
            assertThat(first.get("urgency").asString()).isEqualTo("URGENT");
            assertThat(first.get("title").asString()).isEqualTo("【URGENT】巡防警情：THEFT，Tower 7, east face, about the 12th floor");
            assertThat(inbox("CO-02")).anySatisfy(n -> assertThat(n.get("subjectId").asString()).isEqualTo(climbers.incidentId()));

            // nobody acknowledges: a minute later everything is sent again; after two repeats the next officer on duty hears it too
            clock.advance(Duration.ofMinutes(1));
            assertThat(watch.checkDue()).as("alerts repeated (other tests' may be due too)").isPositive();
            await().atMost(Duration.ofSeconds(10)).until(() -> robots.received(r -> isAbout(r, climbers) && "1".equals(r.header("X-Repeat"))).size() == 2);
            assertThat(inbox("PO-02")).noneSatisfy(n -> assertThat(n.get("subjectId").asString()).isEqualTo(climbers.incidentId()));
            clock.advance(Duration.ofMinutes(1));
            assertThat(watch.checkDue()).as("alerts repeated (other tests' may be due too)").isPositive();
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox("PO-02").stream()
                    .anyMatch(n -> n.get("subjectId").asString().equals(climbers.incidentId()) && n.get("status").asString().equals("DELIVERED")));

            JsonNode toAcknowledge = inbox("PO-01").stream().filter(n -> n.get("subjectId").asString().equals(climbers.incidentId()))
                    .findFirst().orElseThrow();
            clock.advance(Duration.ofSeconds(20));
            long timedBefore = acknowledgementsTimed();
            // someone not alerted, and someone acting as another, cannot silence it
            assertProblem(acknowledge(toAcknowledge.get("id").asString(), "PO-05"), 403, "forbidden", "personId");
            assertProblem(acknowledge(toAcknowledge.get("id").asString(), "CZ-90001"), 403, "forbidden", null);
            assertProblem(ApiClient.localhost(port).by("PO-02").post("/api/v1/notifications/" + toAcknowledge.get("id").asString() + "/ack",
                    Map.of("personId", "PO-01")), 403, "forbidden", "personId");
            assertProblem(readerOf("PO-02").get("/api/v1/notifications/" + toAcknowledge.get("id").asString()), 403, "forbidden", null);
            Response acknowledged = acknowledge(toAcknowledge.get("id").asString(), "PO-01");
            assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
            assertThat(acknowledged.json().get("acknowledgedBy").asString()).isEqualTo("PO-01");
            ConsumerRecord<String, byte[]> ackEvent = topics.await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(20),
                    r -> "NotificationAcknowledged".equals(TopicProbe.header(r, "ce_type")) && eventId.equals(
                            EventJson.read(r.value(), EventCatalog.NOTIFICATION_ACKNOWLEDGED).triggerEventId()));
            NotificationAcknowledged ack = EventJson.read(ackEvent.value(), EventCatalog.NOTIFICATION_ACKNOWLEDGED);
            assertThat(Duration.between(ack.raisedAt(), ack.acknowledgedAt())).isEqualTo(Duration.ofSeconds(140));
            assertThat(acknowledgementsTimed()).isEqualTo(timedBefore + 1);

            // acknowledged: time passes, nothing more is sent
            int before = robots.received(r -> isAbout(r, climbers)).size();
            clock.advance(Duration.ofMinutes(5));
            watch.checkDue();
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(2)).until(() -> robots.received(r -> isAbout(r, climbers)).size() == before);
            assertThat(acknowledge(toAcknowledge.get("id").asString(), "PO-02").json().get("acknowledgedBy").asString()).as("a second acknowledgement changes nothing").isEqualTo("PO-01");
        }
    }

    @Test
    void reporting_delivering_reading_and_acknowledging_touch_documents_by_key_only() {
        StoreQueries.recorded().reset();
        DisputeReported reported = dispute("GC-102", "Two neighbours argue about a leaking pipe.");
        publish(reported, "hot-path-dispute");
        JsonNode inApp = awaitNotification("CO-01", reported.disputeId(), "IN_APP", "DELIVERED");
        assertThat(readerOf("CO-01").get("/api/v1/notifications/" + inApp.get("id").asString()).status()).isEqualTo(200);

        IncidentReported incident = incident("GC-102", true, List.of());
        publish(incident, "hot-path-incident");
        JsonNode alerted = awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED");
        assertThat(acknowledge(alerted.get("id").asString(), "PO-01").status()).isEqualTo(200);
        IncidentReported other = incident("GC-102", true, List.of());
        String otherId = publish(other, "hot-path-incident");
        awaitNotification("PO-01", other.incidentId(), "IN_APP", "DELIVERED");
        publish(new org.fengqiao.events.patrol.IncidentAcknowledged(other.incidentId(), "PO-02", clock.instant()), "hot-path-incident");
        topics.await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(20), r -> "NotificationAcknowledged".equals(TopicProbe.header(r, "ce_type"))
                && otherId.equals(EventJson.read(r.value(), EventCatalog.NOTIFICATION_ACKNOWLEDGED).triggerEventId()));

        assertThat(StoreQueries.recorded().scansOutside(mongo, NOT_BY_KEY.keySet())).as("queries no unique index serves").isEmpty();
    }

    /**
     * The queries allowed that are not by key, and why (README, "Hot paths"): bounded, and never per
     * event or request. The sweeps of the outbox relay and the delivery loop run at start and every
     * few minutes; a test may or may not see them.
     */
    static final Map<String, String> NOT_BY_KEY = Map.of(
            "routing_rules find {}", "the routing rules, read whole into memory, again after a change or five seconds",
            "alerts find {\"acknowledgedAt\": \"?\"}", "the operators' alerts board, at most 500, on a page view",
            "notifications find {\"$or\": [{\"claimedUntil\": \"?\"}, {\"claimedUntil\": {\"$lt\": \"?\"}}], \"nextAttemptAt\": {\"$lte\": \"?\"}, "
                    + "\"status\": {\"$in\": \"?\"}, \"urgency\": {\"$in\": \"?\"}}", "the delivery sweep, at start and every 30 minutes");

    @Test
    void an_open_alert_is_on_the_board_with_what_raised_it_until_someone_acknowledges_it() {
        IncidentReported incident = incident("GC-304", true, List.of());
        String eventId = publish(incident, "alerts-board");
        JsonNode notified = awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED");

        JsonNode open = openAlerts("PO-01").stream().filter(a -> eventId.equals(a.get("triggerEventId").asString())).findFirst().orElseThrow();
        assertThat(open.get("urgency").asString()).isEqualTo("URGENT");
        assertThat(open.get("triggerEventType").asString()).isEqualTo("IncidentReported");
        assertThat(open.get("subjectId").asString()).isEqualTo(incident.incidentId());
        assertThat(open.get("repeats").asInt()).isZero();
        assertThat(open.get("ageSeconds").asLong()).isZero();
        assertThat(ApiClient.localhost(port).by("PT-20-M01").get("/api/v1/alerts").status()).as("a patrol member").isEqualTo(403);

        assertThat(acknowledge(notified.get("id").asString(), "PO-01").status()).isEqualTo(200);
        assertThat(openAlerts("OP-01")).noneMatch(a -> eventId.equals(a.get("triggerEventId").asString()));
    }

    @Test
    void an_acknowledgement_interrupted_after_the_alert_was_written_is_finished_when_the_person_tries_again() {
        IncidentReported incident = incident("GC-302", true, List.of());
        publish(incident, "acknowledgement-crash");
        String id = awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED").get("id").asString();

        crashPoints.arm("acknowledgement.alert-saved");
        assertThat(acknowledge(id, "PO-01").status()).as("the request dies with its process").isGreaterThanOrEqualTo(500);
        assertThat(openAlerts("OP-01")).as("the alert, written first, has stopped")
                .noneMatch(a -> incident.incidentId().equals(a.get("subjectId").asString()));
        assertThat(inboxEntry("PO-01", id).path("acknowledgedAt").isNull()).as("the notification does not say so yet").isTrue();

        Response again = acknowledge(id, "PO-01");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        JsonNode marked = inboxEntry("PO-01", id);
        assertThat(marked.get("acknowledgedBy").asString()).isEqualTo("PO-01");
        assertThat(marked.get("acknowledgedAt").isNull()).isFalse();
    }

    private JsonNode inboxEntry(String recipient, String notificationId) {
        return inbox(recipient).stream().filter(n -> notificationId.equals(n.get("id").asString())).findFirst().orElseThrow();
    }

    private List<JsonNode> openAlerts(String personId) {
        Response board = ApiClient.localhost(port).by(personId).get("/api/v1/alerts?limit=500");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json().valueStream().toList();
    }

    @Test
    void the_police_taking_charge_of_the_incident_in_patrol_service_acknowledges_its_alert() {
        IncidentReported incident = incident("GC-201", true, List.of());
        String eventId = publish(incident, "taken-in-charge");
        awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED");

        clock.advance(Duration.ofSeconds(50));
        publish(new org.fengqiao.events.patrol.IncidentAcknowledged(incident.incidentId(), "PO-02", clock.instant()), "taken-in-charge");

        NotificationAcknowledged ack = EventJson.read(topics.await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(20),
                r -> "NotificationAcknowledged".equals(TopicProbe.header(r, "ce_type"))
                        && eventId.equals(EventJson.read(r.value(), EventCatalog.NOTIFICATION_ACKNOWLEDGED).triggerEventId())).value(),
                EventCatalog.NOTIFICATION_ACKNOWLEDGED);
        assertThat(ack.acknowledgedBy()).isEqualTo("PO-02");
        assertThat(Duration.between(ack.raisedAt(), ack.acknowledgedAt())).isEqualTo(Duration.ofSeconds(50));
        JsonNode notified = awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED");
        assertThat(acknowledge(notified.get("id").asString(), "PO-01").json().get("acknowledgedBy").asString()).as("already acknowledged through patrol-service").isEqualTo("PO-02");
    }

    @Test
    void an_email_reaches_the_smtp_server_with_the_zh_cn_template() throws Exception {
        DisputeReported reported = dispute("GC-101", "三个月工资未付，约四十名工人聚集。");
        publish(reported, "email-flow");

        await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo("co-01@station.example", reported.disputeId()).size() == 1);
        MimeMessage mail = messagesTo("co-01@station.example", reported.disputeId()).get(0);
        assertThat(mail.getSubject()).isEqualTo("网格Maple Court estate（GC-101）新报矛盾纠纷");
        assertThat(((String) mail.getContent())).contains("NEIGHBOUR，涉及2人。三个月工资未付，约四十名工人聚集。 报告人：IV-0031。请及时受理。");
    }

    @Test
    void a_webhook_down_for_a_while_is_retried_and_gets_exactly_one_delivery_once_back() {
        try (WebhookReceiver robot = WebhookReceiver.down()) {
            team("PT-21", robot.url("/pt-21"));
            IncidentReported incident = incident("GC-203", true, List.of("PT-21"));
            publish(incident, "down-then-up");
            String id = awaitNotification("PT-21", incident.incidentId(), "WEBHOOK", "RETRYING").get("id").asString();

            clock.advance(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> readerOf("PT-21").get("/api/v1/notifications/" + id).json().get("attempts").asInt() == 2);
            robot.up();
            clock.advance(Duration.ofSeconds(2));
            awaitNotification("PT-21", incident.incidentId(), "WEBHOOK", "DELIVERED");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> robot.received(r -> isAbout(r, incident)).size() == 1);
            assertThat(readerOf("PT-21").get("/api/v1/notifications/" + id).json().get("attempts").asInt()).isEqualTo(3);
        }
    }

    @Test
    void slow_webhooks_filling_every_webhook_sender_hold_no_other_channel_back() {
        // more patrol teams than the webhook channel has senders and places in line for them
        List<String> teams = IntStream.rangeClosed(50, 59).mapToObj(n -> "PT-" + n).toList();
        try (WebhookReceiver robot = WebhookReceiver.started().answeringAfter(Duration.ofSeconds(3))) {
            teams.forEach(team -> team(team, robot.url("/" + team.toLowerCase(java.util.Locale.ROOT))));
            IncidentReported incident = incident("GC-201", true, teams);
            publish(incident, "slow-robot");
            await().atMost(Duration.ofSeconds(10)).until(() -> !robot.received(r -> isAbout(r, incident)).isEmpty());

            // the robot is still thinking about its calls when a report for another officer comes in
            DisputeReported report = dispute("GC-202", "Reported while a chat robot is slow to answer.");
            publish(report, "meanwhile");

            await().atMost(Duration.ofMillis(2500)).pollInterval(Duration.ofMillis(50)).until(() -> inbox("CO-03").stream()
                    .anyMatch(n -> report.disputeId().equals(n.get("subjectId").asString()) && "IN_APP".equals(n.get("channel").asString())
                            && "DELIVERED".equals(n.get("status").asString())));
            assertThat(teams.stream().flatMap(team -> inbox(team).stream()).filter(n -> incident.incidentId().equals(n.get("subjectId").asString())
                    && "WEBHOOK".equals(n.get("channel").asString())).map(n -> n.get("status").asString()))
                    .as("no webhook call is answered yet").hasSize(teams.size()).containsOnly("PENDING");
            for (String team : teams) {
                awaitNotification(team, incident.incidentId(), "WEBHOOK", "DELIVERED");
            }
            assertThat(robot.received(r -> isAbout(r, incident))).hasSize(teams.size());
        }
    }

    @Test
    void a_webhook_that_keeps_failing_is_parked_with_notification_failed_and_an_operator_replays_it() {
        try (WebhookReceiver robot = WebhookReceiver.down()) {
            team("PT-40", robot.url("/pt-40"));
            IncidentReported incident = incident("GC-302", true, List.of("PT-40"));
            publish(incident, "parked");
            String id = awaitNotification("PT-40", incident.incidentId(), "WEBHOOK", "RETRYING").get("id").asString();
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofSeconds(4));
                int attempts = i + 2;
                await().atMost(Duration.ofSeconds(10)).until(() -> readerOf("PT-40").get("/api/v1/notifications/" + id).json().get("attempts").asInt() == attempts);
            }
            assertThat(readerOf("PT-40").get("/api/v1/notifications/" + id).json().get("status").asString()).isEqualTo("PARKED");
            ConsumerRecord<String, byte[]> failed = topics.await(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(20),
                    r -> id.equals(r.key()) && "NotificationFailed".equals(TopicProbe.header(r, "ce_type")));
            NotificationFailed event = EventJson.read(failed.value(), EventCatalog.NOTIFICATION_FAILED);
            assertThat(event.attempts()).isEqualTo(4);
            assertThat(api().get("/api/v1/notifications/parked").json().valueStream().map(n -> n.get("id").asString())).contains(id);

            robot.up();
            Response replayed = api().post("/api/v1/notifications/" + id + "/replay", "{}");
            assertThat(replayed.status()).isEqualTo(200);
            awaitNotification("PT-40", incident.incidentId(), "WEBHOOK", "DELIVERED");
            assertThat(robot.received(r -> isAbout(r, incident))).hasSize(1);
            assertProblem(api().post("/api/v1/notifications/" + id + "/replay", "{}"), 409, "rule-violated", "status");
        }
    }

    @Test
    void quiet_hours_hold_a_routine_item_and_let_a_critical_one_through() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalTime now = clock.instant().atZone(shanghai).toLocalTime();
        Response set = api().put("/api/v1/recipients/CO-03/preferences", Map.of("quietHours", Map.of(
                "from", now.minusHours(1).withSecond(0).withNano(0).toString(), "to", now.plusHours(2).withSecond(0).withNano(0).toString(),
                "zone", "Asia/Shanghai")));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        DisputeReported routine = dispute("GC-201", "Neighbours quarrel about a dog barking at night.");
        publish(routine, "quiet-routine");
        DisputeRiskRaised critical = new DisputeRiskRaised(UUID.randomUUID().toString(), "GC-201", "Willow village gate", RiskLevel.CRITICAL,
                RiskLevel.MEDIUM, List.of("crowd-100"), clock.instant(), new Actor("CO-03", "COMMUNITY_OFFICER"), "over a hundred villagers gathered");
        publish(critical, "quiet-critical");

        awaitNotification("CO-03", critical.disputeId(), "IN_APP", "DELIVERED");
        awaitNotification("CO-03", critical.disputeId(), "EMAIL", "DELIVERED");
        JsonNode held = awaitNotification("CO-03", routine.disputeId(), "EMAIL", "HELD");
        assertThat(Instant.parse(held.get("nextAttemptAt").asString()).atZone(shanghai).toLocalTime())
                .isEqualTo(now.plusHours(2).withSecond(0).withNano(0));
        assertThat(messagesTo("co-03@station.example", routine.disputeId())).isEmpty();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        awaitNotification("CO-03", routine.disputeId(), "EMAIL", "DELIVERED");
        assertThat(api().put("/api/v1/recipients/CO-03/preferences", Map.of("quietHours", Map.of("from", "25:00", "to", "07:00")))
                .json().get("field").asString()).isEqualTo("quietHours.from");
    }

    @Test
    void routine_items_wait_for_the_daily_digest_and_a_muted_channel_gets_none_of_them() throws Exception {
        assertThat(api().put("/api/v1/recipients/CO-02/preferences", Map.of("digest", true)).status()).isEqualTo(200);
        assertThat(api().put("/api/v1/recipients/CO-05/preferences", Map.of("mutedChannels", List.of("EMAIL"))).status()).isEqualTo(200);
        DisputeResolved first = resolved("GC-103", "Wages paid in full by the end of the month.");
        DisputeResolved second = resolved("GC-104", "The tenants share the repair of the pipe.");
        publish(first, "digest-1");
        publish(second, "digest-2");
        DisputeReported muted = dispute("GC-301", "Shop owners quarrel over a shared loading bay.");
        publish(muted, "muted");

        awaitNotification("CO-02", first.disputeId(), "IN_APP", "DELIVERED");
        awaitNotification("CO-02", first.disputeId(), "EMAIL", "DIGEST");
        awaitNotification("CO-02", second.disputeId(), "EMAIL", "DIGEST");
        assertThat(digests.sendDue()).isPositive();

        await().atMost(Duration.ofSeconds(15)).until(() -> java.util.Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(m -> subjectOf(m).startsWith("每日汇总")));
        MimeMessage digest = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subjectOf(m).startsWith("每日汇总"))
                .findFirst().orElseThrow();
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("co-02@station.example");
        assertThat(subjectOf(digest)).endsWith("：2条通知");
        assertThat(digest.getContent().toString()).contains("Wages paid in full by the end of the month.", "The tenants share the repair of the pipe.");
        awaitNotification("CO-02", first.disputeId(), "EMAIL", "DIGESTED");
        assertThat(digests.sendDue()).as("a second run the same day sends nothing").isZero();
        // an item that comes after the day's digest, then another replica's run the same day: it is
        // neither sent nor marked as if it had been, it waits for the next day's digest
        DisputeResolved later = resolved("GC-103", "The landlord returns the deposit.");
        publish(later, "digest-3");
        awaitNotification("CO-02", later.disputeId(), "EMAIL", "DIGEST");
        assertThat(digests.sendDue()).as("the day's digest is already out").isZero();
        assertThat(inbox("CO-02")).filteredOn(n -> later.disputeId().equals(n.get("subjectId").asString())
                && "EMAIL".equals(n.get("channel").asString())).singleElement()
                .satisfies(n -> assertThat(n.get("status").asString()).isEqualTo("DIGEST"));

        awaitNotification("CO-05", muted.disputeId(), "IN_APP", "DELIVERED");
        assertThat(inbox("CO-05")).noneSatisfy(n -> assertThat(n.get("subjectId").asString() + n.get("channel").asString())
                .isEqualTo(muted.disputeId() + "EMAIL"));
        assertThat(api().put("/api/v1/recipients/CO-02/preferences", Map.of()).status()).isEqualTo(200);
        assertThat(api().put("/api/v1/recipients/CO-05/preferences", Map.of()).status()).isEqualTo(200);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DisputeResolved resolved(String gridCellId, String agreement) {
        return new DisputeResolved(UUID.randomUUID().toString(), gridCellId, org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION,
                agreement, new Actor("SU-0103", "SOURCE_MEDIATOR"), clock.instant());
    }

    @Test
    void the_same_event_delivered_twice_gives_one_notification_per_recipient_and_channel() {
        DisputeReported reported = dispute("GC-303", "Students quarrel with a shop owner over a refund.");
        String eventId = UUID.randomUUID().toString();
        publish(reported, eventId, "twice");
        publish(reported, eventId, "twice");
        DisputeReported after = dispute("GC-303", "A later report, to know the duplicate was consumed.");
        publish(after, "after-twice");

        awaitNotification("CO-06", after.disputeId(), "IN_APP", "DELIVERED");
        awaitNotification("CO-06", after.disputeId(), "EMAIL", "DELIVERED");
        assertThat(inbox("CO-06").stream().filter(n -> n.get("subjectId").asString().equals(reported.disputeId()))
                .map(n -> n.get("channel").asString())).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(topics.readFor(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(2)).stream()
                .filter(r -> "NotificationSent".equals(TopicProbe.header(r, "ce_type")))
                .map(r -> EventJson.read(r.value(), EventCatalog.NOTIFICATION_SENT))
                .filter(sent -> sent.triggerEventId().equals(eventId))).extracting(NotificationSent::channel).hasSize(2);
    }

    @Test
    void a_new_event_type_that_needs_notifying_is_a_new_rule_and_template() {
        Response rule = api().put("/api/v1/routing-rules/team-registered", Map.of("description", "the duty desk hears of new patrol teams",
                "eventType", "PatrolTeamRegistered", "recipients", List.of(Map.of("kind", "PERSON", "id", "station-duty-desk")),
                "urgency", "ROUTINE", "channels", List.of("IN_APP"), "subjectField", "teamId"));
        assertThat(rule.status()).as(rule.body()).isEqualTo(200);
        assertThat(api().put("/api/v1/templates/PatrolTeamRegistered/zh-CN", Map.of("title", "新巡防队：{{name}}",
                "body", "{{name}}（{{type}}）已登记，{{memberCount}}名队员，负责地块{{gridBlockIds}}。")).status()).isEqualTo(200);
        String teamId = "team-" + UUID.randomUUID();
        publish(new org.fengqiao.events.patrol.PatrolTeamRegistered(teamId, "Maple Court Red Butler Patrol",
                org.fengqiao.events.patrol.PatrolTeamType.RED_BUTLER, List.of("GB-101", "GB-102"), 12, clock.instant()), "team");

        JsonNode told = awaitNotification("station-duty-desk", teamId, "IN_APP", "DELIVERED");
        assertThat(told.get("body").asString()).isEqualTo("Maple Court Red Butler Patrol（RED_BUTLER）已登记，12名队员，负责地块GB-101, GB-102。");

        assertProblem(api().put("/api/v1/routing-rules/bad", Map.of("eventType", "NoSuchEvent", "recipients",
                List.of(Map.of("kind", "PERSON", "id", "x")), "urgency", "ROUTINE", "channels", List.of("IN_APP"))), 400, "validation-failed", "eventType");
        assertThat(api().delete("/api/v1/routing-rules/team-registered").status()).isEqualTo(204);
    }

    @Test
    void a_template_preview_renders_a_payload_in_the_language_asked_and_names_what_is_missing() {
        Response preview = api().post("/api/v1/templates/DisputeReported/preview", Map.of("language", "en",
                "payload", Map.of("gridCellId", "GC-203", "category", "WAGE_ARREARS", "peopleInvolved", 40, "description", "Unpaid since March.")));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("title").asString()).isEqualTo("New dispute in Willow logistics park (GC-203)");
        assertThat(preview.json().get("missing").valueStream().map(JsonNode::asString)).containsExactly("reporter.personId");
        assertProblem(api().post("/api/v1/templates/DisputeReported/preview", Map.of("language", "fr", "payload", Map.of())),
                400, "validation-failed", "language");
    }

    @Test
    void a_malformed_record_is_dead_lettered_and_the_next_event_is_still_notified() {
        String dlt = Topics.deadLetterTopic(Topics.DISPUTE_EVENTS, "notification-service");
        String badId = UUID.randomUUID().toString();
        DisputeReported next = dispute("GC-302", "Report sent right after a broken one.");
        // same key, same partition: the good record queues right behind the broken one
        topics.send(Topics.DISPUTE_EVENTS, next.disputeId(), "{\"disputeId\":".getBytes(UTF_8), "ce_specversion", "1.0", "ce_id", badId,
                "ce_source", "/dispute-service", "ce_type", "DisputeReported", "ce_time", Instant.now().toString(),
                "ce_correlationid", "broken", "content-type", "application/json");
        publish(next, "after-broken");

        ConsumerRecord<String, byte[]> dead = topics.await(dlt, Duration.ofSeconds(30), r -> badId.equals(TopicProbe.header(r, "ce_id")));
        assertThat(TopicProbe.header(dead, "ce_correlationid")).isEqualTo("broken");
        awaitNotification("CO-05", next.disputeId(), "IN_APP", "DELIVERED");
        assertThat(api().post("/api/v1/dead-letters/dispute.events/replay", "{}").json().get("field").asString()).isEqualTo("topic");
    }

    @Test
    void an_urgent_event_from_longer_ago_than_a_day_is_still_alerted_marked_late() {
        IncidentReported incident = incident("GC-303", true, List.of());
        Instant happened = clock.instant().minus(Duration.ofDays(2));
        topics.publish(incident, UUID.randomUUID().toString(), "/patrol-service", "held-up", happened);

        JsonNode alerted = awaitNotification("PO-01", incident.incidentId(), "IN_APP", "DELIVERED");
        assertThat(alerted.get("urgency").asString()).isEqualTo("URGENT");
        assertThat(alerted.get("title").asString()).startsWith(Notification.LATE_PREFIX + happened + "] ");
        assertThat(alerted.get("alertId").isNull()).as("it repeats until acknowledged, like any alert").isFalse();
        assertThat(acknowledge(alerted.get("id").asString(), "PO-01").status()).isEqualTo(200);
    }

    @Test
    void a_routine_event_from_longer_ago_than_a_day_is_not_notified() {
        DisputeReported old = dispute("GC-202", "Reported a week ago, read only now by a new consumer.");
        topics.publish(old, UUID.randomUUID().toString(), "/dispute-service", "old", clock.instant().minus(Duration.ofDays(7)));
        DisputeReported fresh = new DisputeReported(old.disputeId() + "-fresh", "GC-202", DisputeCategory.NEIGHBOUR,
                List.of(new Party("Stall 12", "trader")), "Reported now, right behind the old one.", 2,
                new Reporter("IV-0031", ReporterRole.GRID_WORKER), clock.instant());
        // same partition as the old one (the key is the dispute id): send it with the old one's key, so it is consumed after it
        topics.send(Topics.DISPUTE_EVENTS, old.disputeId(), EventJson.write(fresh).getBytes(UTF_8), "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_source", "/dispute-service", "ce_type", "DisputeReported",
                "ce_time", clock.instant().toString(), "ce_correlationid", "fresh", "content-type", "application/json");

        awaitNotification("CO-03", fresh.disputeId(), "IN_APP", "DELIVERED");
        assertThat(inbox("CO-03")).noneSatisfy(n -> assertThat(n.get("subjectId").asString()).isEqualTo(old.disputeId()));
    }

    @Test
    void refusals_name_the_field() {
        assertProblem(api().get("/api/v1/notifications?recipient=CO-01"), 403, "forbidden", "recipient");
        assertProblem(acknowledge("no-such-id", "PO-01"), 404, "not-found", null);
        assertProblem(api().put("/api/v1/recipients/PT-99", Map.of("kind", "TEAM", "webhookUrl", "ftp://robot")), 400, "validation-failed", "webhookUrl");
        assertProblem(api().put("/api/v1/recipients/PT-99", Map.of("kind", "TEAM", "email", "robot at teams")), 400, "validation-failed", "email");
        DisputeReported routine = dispute("GC-102", "A routine report needs no acknowledgement.");
        publish(routine, "routine-ack");
        String id = awaitNotification("CO-01", routine.disputeId(), "IN_APP", "DELIVERED").get("id").asString();
        assertProblem(acknowledge(id, "CO-01"), 409, "rule-violated", "notificationId");
    }

    @Test
    void every_operation_refuses_callers_without_a_token_or_without_the_role() {
        AccessMatrix.assertGuardedAndDocumented(api(), policies, "notification-service");
    }

    @Test
    void hostile_requests_generated_from_the_openapi_document_get_a_4xx_problem_never_a_5xx() {
        org.fengqiao.kit.test.HostileInput.assertAnsweredWithout5xx(api(), 40);
    }

    @Test
    void an_officers_inbox_is_read_by_that_officer_only_and_desks_by_their_staff() {
        DisputeReported reported = dispute("GC-101", "Only CO-01 reads this.");
        publish(reported, "private-inbox");
        awaitNotification("CO-01", reported.disputeId(), "IN_APP", "DELIVERED");

        JsonNode own = ApiClient.localhost(port).by("CO-01").get("/api/v1/notifications").json();
        assertThat(own.get("items").valueStream().map(n -> n.get("subjectId").asString())).contains(reported.disputeId());
        for (String other : List.of("CO-02", "PO-01", "OP-01", "CZ-90001", "PT-01-M01")) {
            assertProblem(ApiClient.localhost(port).by(other).get("/api/v1/notifications?recipient=CO-01"), 403, "forbidden", "recipient");
            assertProblem(ApiClient.localhost(port).by(other).get("/api/v1/notifications/stream?recipient=CO-01"), 403, "forbidden", "recipient");
        }
        assertThat(ApiClient.localhost(port).by("PO-01").get("/api/v1/notifications?recipient=station-duty-desk").status()).isEqualTo(200);
        assertProblem(ApiClient.localhost(port).by("CO-01").get("/api/v1/notifications?recipient=registration-desk"), 403, "forbidden", "recipient");
        assertThat(ApiClient.localhost(port).by("PT-03-M07").get("/api/v1/notifications?recipient=PT-03").status()).isEqualTo(200);
        assertProblem(ApiClient.localhost(port).by("PT-04-M07").get("/api/v1/notifications?recipient=PT-03"), 403, "forbidden", "recipient");
    }

    @Test
    void configuration_is_the_operators_and_nobody_points_someone_elses_alerts_at_their_own_address() {
        ApiClient officer = ApiClient.localhost(port).by("CO-02");
        assertProblem(officer.put("/api/v1/recipients/PO-01", Map.of("name", "Officer Ke Ming", "kind", "PERSON",
                "email", "attacker@mail.example")), 403, "forbidden", "id");
        assertProblem(officer.put("/api/v1/duty-rosters/police-on-duty", Map.of("members", List.of("CO-02"))), 403, "forbidden", null);
        assertProblem(officer.delete("/api/v1/routing-rules/dispute-reported"), 403, "forbidden", null);
        assertProblem(officer.put("/api/v1/templates/DisputeReported/en", Map.of("title", "x", "body", "y")), 403, "forbidden", null);
        assertProblem(officer.get("/api/v1/notifications/parked"), 403, "forbidden", null);
        assertProblem(officer.post("/api/v1/dead-letters/dispute.events.notification-service.dlt/replay", "{}"), 403, "forbidden", null);
        assertProblem(ApiClient.localhost(port).post("/api/v1/notifications/parked/replay", "{}"), 401, "unauthenticated", null);
        assertThat(api().get("/api/v1/duty-rosters").json().valueStream()
                .filter(r -> r.get("id").asString().equals("police-on-duty")).findFirst().orElseThrow()
                .get("members").valueStream().map(JsonNode::asString)).containsExactly("PO-01", "PO-02", "PO-03");

        // a resident registers their own contact (kind CITIZEN), not anyone else's, and cannot become a desk
        ApiClient resident = ApiClient.localhost(port).by("CZ-90003");
        assertThat(resident.put("/api/v1/recipients/CZ-90003", Map.of("name", "Resident CZ-90003", "kind", "CITIZEN",
                "email", "cz-90003@mail.example")).status()).isEqualTo(200);
        assertProblem(resident.put("/api/v1/recipients/CZ-90004", Map.of("kind", "CITIZEN", "email", "x@mail.example")), 403, "forbidden", "id");
        assertProblem(resident.put("/api/v1/recipients/CZ-90003", Map.of("kind", "DESK")), 403, "forbidden", "kind");
    }

    @Test
    void a_webhook_may_not_point_inside_the_platforms_network() {
        for (String inside : List.of("https://localhost/hook", "https://[::1]/hook", "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/hook", "https://192.168.1.20/hook", "https://no-such-host.invalid/hook")) {
            assertProblem(api().put("/api/v1/recipients/PT-98", Map.of("kind", "TEAM", "webhookUrl", inside)), 400, "validation-failed",
                    "webhookUrl");
        }
        assertProblem(api().put("/api/v1/recipients/PT-98", Map.of("kind", "TEAM", "webhookUrl", "https://user:secret@127.0.0.1/hook")),
                400, "validation-failed", "webhookUrl");
        assertThat(api().put("/api/v1/recipients/PT-98", Map.of("kind", "TEAM", "webhookUrl", "http://127.0.0.1:9/allow-listed"))
                .status()).as("127.0.0.1 is allow-listed in this test").isEqualTo(200);
    }

    private long acknowledgementsTimed() {
        var timer = meters.find("notification.acknowledgement.time").tag("eventType", "IncidentReported").timer();
        return timer == null ? 0 : timer.count();
    }

    private void team(String id, String webhookUrl) {
        Response saved = api().put("/api/v1/recipients/" + id, Map.of("name", "Patrol team " + id, "kind", "TEAM", "webhookUrl", webhookUrl));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private JsonNode awaitNotification(String recipient, String subjectId, String channel, String status) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> inbox(recipient).stream()
                .filter(n -> subjectId.equals(n.get("subjectId").asString()) && channel.equals(n.get("channel").asString())
                        && status.equals(n.get("status").asString()))
                .findFirst().orElse(null), n -> n != null);
    }

    private List<JsonNode> inbox(String recipient) {
        Response response = readerOf(recipient).get("/api/v1/notifications?recipient=" + recipient + "&size=200");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    /** The e-mails the SMTP server received for one address about one subject. */
    private static List<MimeMessage> messagesTo(String address, String subjectId) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return address.equals(m.getAllRecipients()[0].toString()) && subjectId.equals(m.getHeader("X-Fengqiao-Subject", null));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean isAbout(WebhookReceiver.Received received, IncidentReported incident) {
        return incident.incidentId().equals(received.body().get("subjectId").asString());
    }

    private String publish(PlatformEvent event, String correlationId) {
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId, correlationId);
        return eventId;
    }

    private void publish(PlatformEvent event, String eventId, String correlationId) {
        topics.publish(event, eventId, "/test", correlationId);
    }

    private IncidentReported incident(String gridCellId, boolean urgent, List<String> neighbours) {
        return new IncidentReported("inc-" + UUID.randomUUID(), "PT-07", "GB-104", gridCellId, IncidentCategory.THEFT, urgent,
                "Tower 7, east face, about the 12th floor", "A resident saw two people climbing the outside of the tower.",
                List.of(), neighbours, "PT-07-M02", clock.instant());
    }

    private DisputeReported dispute(String gridCellId, String description) {
        return new DisputeReported(UUID.randomUUID().toString(), gridCellId, DisputeCategory.NEIGHBOUR,
                List.of(new Party("Flat 5-1203", "neighbour")), description, 2, new Reporter("IV-0031", ReporterRole.GRID_WORKER),
                clock.instant());
    }
}
