package org.fengqiao.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.events.EventEnvelope;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.DemoData;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.systemtests.StackLogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operations console in a real headless Chromium, against the local stack with its demo data:
 * an operator signs in at the identity provider, and each page shows what real events produced.
 * Screenshots of every page are written to {@code target/console-screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsConsoleIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    static LocalStack stack;
    static ConsoleBrowser browser;
    /** The report this class posts, followed through the pages. */
    static String disputeId;
    static String correlationId;
    static String traceId;

    @BeforeAll
    static void startPlatformAndSignIn() {
        // with the made-up demo year, as the launcher starts it, so the figures pages have a year to show
        stack = LocalStack.builder().dataDir(dataDir).freePorts().events(System.out::println).demoYear().start();
        DemoData.loadIfFirstStart(stack).forEach(result -> System.out.println("demo data: " + result));
        browser = new ConsoleBrowser();
        browser.open(stack.gatewayUrl() + "/ops/");
        // not signed in: sent to the identity provider's own form
        browser.await(SOON, d -> d.getCurrentUrl().startsWith(stack.identityUrl() + "/login") ? true : null);
        browser.find("#username").sendKeys("OP-01");
        browser.find("#password").sendKeys(LocalStack.DEMO_PASSWORD);
        browser.find("button[type=submit]").click();
        browser.await(SOON, d -> d.getCurrentUrl().equals(stack.gatewayUrl() + "/ops/flow") ? true : null);
    }

    @AfterAll
    static void stopPlatform() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
            StackLogs.keep(stack, "OpsConsoleIT");
        }
    }

    private static ApiClient gatewayAs(String personId) {
        return new ApiClient(stack.gatewayUrl()).as(stack.devToken(personId));
    }

    @Test
    @Order(1)
    void the_operator_is_signed_in_through_the_gateway_and_sees_the_live_flow_of_a_report_posted_meanwhile() {
        assertThat(browser.text("#operator-id")).isEqualTo("OP-01");
        browser.await(SOON, d -> d.findElement(By.id("live-state")).getText().equals("live") ? true : null);

        traceId = HexFormat.of().formatHex(randomBytes(16));
        Response reported = gatewayAs("IV-0007").post("/api/v1/disputes", Map.of("gridCellId", "GC-103", "category", "NEIGHBOUR",
                        "parties", List.of(Map.of("name", "Flat 3B tenant", "role", "complainant"), Map.of("name", "Flat 4B tenant", "role", "neighbour")),
                        "description", "Late-night drilling every day this week.", "peopleInvolved", 2),
                "traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        disputeId = reported.json().get("id").asString();
        correlationId = reported.header("X-Correlation-Id");

        // the page is not reloaded: the row arrives over the live stream
        browser.await(SOON, d -> d.findElement(By.cssSelector("#latest tbody")).getText().lines()
                .anyMatch(row -> row.contains("DisputeReported") && row.contains(disputeId) && row.contains(correlationId)) ? true : null);
        WebElement rates = browser.find("#rates");
        assertThat(rates.getText()).contains("dispute.events", "DisputeReported");
        browser.screenshot("1-live-flow");
    }

    @Test
    @Order(2)
    void following_the_report_shows_every_step_from_the_report_to_the_officers_notification_with_its_trace() {
        browser.open(stack.gatewayUrl() + "/ops/cases");
        browser.find("#case-key").sendKeys(disputeId);
        browser.find("#follow").click();
        browser.awaitText(SOON, true, "DisputeReported", "NotificationSent", "NotificationDelivered", "recipientId=CO-02");
        List<String> rows = browser.findAll("#steps tbody tr").stream().map(WebElement::getText).toList();
        String reportedRow = rows.stream().filter(row -> row.contains("DisputeReported")).findFirst().orElseThrow();
        assertThat(reportedRow).contains("dispute.events", "dispute-service", correlationId);
        // the group that sent the notification had handled the report by then
        browser.awaitText(SOON, true, "notification-service");
        assertThat(browser.findAll("#steps tbody tr").stream().map(WebElement::getText)
                .filter(row -> row.contains("DisputeReported")).findFirst().orElseThrow()).contains("notification-service");
        String sentRow = browser.findAll("#steps tbody tr").stream().map(WebElement::getText)
                .filter(row -> row.contains("NotificationSent") && row.contains("CO-02")).findFirst().orElseThrow();
        assertThat(sentRow).contains("notification.events", "notification-service", "channel=");
        // one trace from the gateway to the notification
        assertThat(browser.findAll(".trace").stream().map(WebElement::getText).map(String::strip)).containsExactly(traceId);
        browser.screenshot("2-follow-a-case");

        browser.find("#steps tbody tr a[href*='/ops/cases/record']").click();
        browser.awaitText(SOON, false, "ce_type", "DisputeReported", disputeId);
        browser.screenshot("2b-record");
    }

    @Test
    @Order(3)
    void the_consumers_page_lists_every_group_with_its_members_and_lag() {
        browser.open(stack.gatewayUrl() + "/ops/consumers");
        browser.awaitText(SOON, true, "notification-service", "dispute-service-kpis", "dispute-service-intake", "patrol-service",
                "ops-console");
        WebElement notification = browser.find("#group-notification-service");
        assertThat(notification.getText()).contains("Stable");
        assertThat(browser.find("#detail-notification-service").getText()).contains("dispute.events", "notification-service");
        browser.screenshot("3-consumers");
    }

    @Test
    @Order(4)
    void a_dead_letter_is_shown_with_its_reason_and_replayed_from_the_page_and_then_handled() {
        // A report notification-service could not take when it came (the record is written to its dead-letter topic as the
        // binder writes one: the original headers, where it came from, why it failed). It never reached the others either.
        String deadDispute = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String flow = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String payload = """
                {"disputeId":"%s","gridCellId":"GC-103","category":"NEIGHBOUR","parties":[{"name":"Flat 9C tenant","role":"complainant"}],
                 "description":"Water leaking through the ceiling.","peopleInvolved":1,"reporter":{"personId":"IV-0007","role":"INFORMATION_INVESTIGATOR"},
                 "reportedAt":"%s"}""".formatted(deadDispute, now);
        String deadLetterTopic = "dispute.events.notification-service.dlt";
        // written as the broker's administrator: only notification-service may write its dead-letter topic
        TopicProbe admin = new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.ADMIN));
        admin.send(deadLetterTopic, deadDispute, payload.getBytes(StandardCharsets.UTF_8),
                EventEnvelope.HEADER_ID, eventId, EventEnvelope.HEADER_TYPE, "DisputeReported", EventEnvelope.HEADER_SOURCE, "/dispute-service",
                EventEnvelope.HEADER_SPEC_VERSION, "1.0", EventEnvelope.HEADER_TIME, now.toString(), EventEnvelope.HEADER_SUBJECT, deadDispute,
                EventEnvelope.HEADER_DATA_SCHEMA, "urn:fengqiao:events:DisputeReported:v1", EventEnvelope.HEADER_CONTENT_TYPE, "application/json",
                EventEnvelope.HEADER_CORRELATION_ID, flow,
                "x-original-topic", "dispute.events", "x-original-partition", "0", "x-original-offset", "0",
                "x-exception-message", "the store was away: timed out after 30000 ms");

        browser.open(stack.gatewayUrl() + "/ops/dead-letters");
        browser.awaitText(SOON, true, deadLetterTopic, "the store was away", deadDispute);
        assertThat(browser.find("[id='dlt-" + deadLetterTopic + "']").getText()).contains("notification-service", "DisputeReported");
        browser.screenshot("4-dead-letters");

        assertThat(browser.text("[id='dlt-" + deadLetterTopic + "'] .waiting")).isEqualTo("1");
        assertThat(browser.text("[id='dlt-" + deadLetterTopic + "'] td.replayed")).isEqualTo("not yet");
        browser.find("[id='dlt-" + deadLetterTopic + "'] button.replay").click();
        browser.awaitText(SOON, false, "Replayed " + deadLetterTopic + " through notification-service");
        assertThat(browser.text("#message")).contains("\"replayed\":1");
        assertThat(browser.text("[id='dlt-" + deadLetterTopic + "'] .waiting")).isEqualTo("0");
        assertThat(browser.text("[id='dlt-" + deadLetterTopic + "'] td.replayed")).isEqualTo("yes");
        browser.screenshot("4b-dead-letter-replayed");

        // handled by notification-service itself (the replay writes nothing back to dispute.events, which is not
        // notification-service's to write): the officer of GC-103 is told about it now, in the same flow
        browser.open(stack.gatewayUrl() + "/ops/cases?key=" + flow);
        browser.awaitText(SOON, true, "NotificationSent", "recipientId=CO-02");
    }

    @Test
    @Order(5)
    void the_alerts_board_shows_an_urgent_incident_nobody_has_acknowledged_and_who_was_told() {
        Response raised = gatewayAs("PT-20-M02").post("/api/v1/incidents", Map.of("teamId", "PT-20", "gridBlockId", "GB-142",
                "category", "THEFT", "urgent", true, "place", "Corner shop, Tower 7", "description", "A man running off with a till drawer."));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String incidentId = raised.json().get("id").asString();

        browser.open(stack.gatewayUrl() + "/ops/alerts");
        browser.awaitText(SOON, true, incidentId);
        WebElement row = browser.findAll("#alerts tbody tr").stream().filter(r -> r.getText().contains(incidentId)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("URGENT", "IncidentReported");
        browser.awaitText(SOON, true, "PO-01 by");
        browser.screenshot("5-alerts");
    }

    @Test
    @Order(6)
    void the_kpi_page_shows_the_rates_against_the_published_figures_layers_months_patrols_and_tallies() {
        browser.open(stack.gatewayUrl() + "/ops/kpis");
        browser.awaitText(SOON, false, "resolution rate (矛盾化解率)", "95.0 %", "99.2 %", "Open and overdue, by layer", "Month by month");
        assertThat(Long.parseLong(browser.text("#cohort-size"))).isGreaterThan(100);
        assertThat(browser.text("#rate-resolutionRate .value")).endsWith("%");
        assertThat(browser.findAll("#months tbody tr")).hasSize(12);
        assertThat(browser.text("#layers")).contains("INFORMATION", "SOURCE_RESOLUTION", "PROFESSIONAL_MEDIATION", "JOINT_MEDIATION");
        assertThat(browser.findAll("#assessment tbody tr")).isNotEmpty();
        assertThat(browser.findAll("#coverage-by-block, #no-coverage")).hasSize(1);
        assertThat(browser.text("#tallies")).contains("peopleVisited");
        browser.screenshot("6-kpis");
    }

    @Test
    @Order(7)
    void the_year_in_numbers_shows_each_published_category_from_the_services_and_downloads_as_csv() {
        browser.open(stack.gatewayUrl() + "/ops/year");
        browser.awaitText(SOON, false, "disputes found (reported in the period)", "resolved at SOURCE_RESOLUTION", "resolved at JOINT_MEDIATION",
                "mediation success rate (纠纷调解率)", "patrol shifts done",
                "home visits", "people visited", "lost persons helped home", "lost items received / returned");
        assertThat(browser.pageText()).doesNotContain("—");
        String found = browser.findAll("#year tbody tr").stream().map(WebElement::getText)
                .filter(row -> row.contains("disputes found")).findFirst().orElseThrow();
        assertThat(found).contains("dispute-service");
        browser.screenshot("7-year-in-numbers");
        String csvLink = browser.find("#csv").getAttribute("href");
        assertThat(csvLink).contains("/ops/year.csv?from=");
    }

    @Test
    @Order(8)
    void the_topics_page_shows_the_asyncapi_contract() {
        browser.open(stack.gatewayUrl() + "/ops/contract");
        browser.awaitText(SOON, false, "dispute.events", "notification.events", "dispute.events.{consumerGroup}.dlt", "DisputeReported");
        browser.screenshot("8-topics");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
