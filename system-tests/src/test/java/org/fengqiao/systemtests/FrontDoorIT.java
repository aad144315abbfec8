package org.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.kit.test.ProblemAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.access.Role;
import org.fengqiao.identity.support.SignInFlow;
import org.fengqiao.kit.test.ApiClient;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.kit.test.TopicProbe;
import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.localstack.ProcessUsage;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front door as a client app meets it on the local stack: every call through the gateway,
 * every token from the stack's own identity provider (signed in for real through its form with
 * PKCE, as an outside system with its secret, or from the development shortcut the README shows).
 */
class FrontDoorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.builder().dataDir(dataDir).freePorts().events(System.out::println).start();
        Map<String, Long> rss = stack.residentMemoryKb();
        System.out.printf("local stack with identity and gateway healthy in %.1f s; resident memory %s total: %s%n",
                stack.startupTime().toMillis() / 1000.0, ProcessUsage.format(stack.totalResidentMemoryKb()), rss.entrySet().stream()
                        .map(e -> e.getKey() + " " + ProcessUsage.format(e.getValue())).toList());
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
            StackLogs.keep(stack, "FrontDoorIT");
        }
    }

    private static ApiClient gateway() {
        return new ApiClient(stack.gatewayUrl());
    }

    private static ApiClient gatewayAs(String personId) {
        return gateway().as(stack.devToken(personId));
    }

    @Test
    void the_readme_flow_a_grid_worker_reports_the_officer_is_told_and_triages_and_nobody_else_reads_her_inbox() {
        ApiClient gridWorker = gatewayAs("IV-0007");
        ApiClient officer = gatewayAs("CO-02");

        Response reported = gridWorker.post("/api/v1/disputes", Map.of("gridCellId", "GC-103", "category", "WAGE_ARREARS",
                "parties", List.of(Map.of("name", "Northgate Builders (general contractor)", "role", "general contractor"),
                        Map.of("name", "Site workers representatives", "role", "workers")),
                "description", "About forty workers say three months of wages are unpaid.", "peopleInvolved", 40));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().get("reporter").get("personId").asString()).isEqualTo("IV-0007");
        String disputeId = reported.json().get("id").asString();

        JsonNode notified = await().atMost(Duration.ofSeconds(20)).until(() -> officer.get("/api/v1/notifications?size=50").json()
                .get("items").valueStream().filter(n -> disputeId.equals(n.get("subjectId").asString())).findFirst().orElse(null),
                n -> n != null);
        assertThat(notified.get("recipientId").asString()).isEqualTo("CO-02");

        Response triaged = officer.post("/api/v1/disputes/" + disputeId + "/triage", Map.of("version", 0, "category", "WAGE_ARREARS",
                "startLayer", "SOURCE_RESOLUTION", "site", "Riverside site, east gate", "signals", Map.of("peopleInvolved", 40)));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        // reported by the grid worker; triaged by the officer, whose 40 people raise the risk to HIGH
        assertThat(officer.get("/api/v1/disputes/" + disputeId + "/timeline").json().valueStream()
                .map(e -> e.get("eventType").asString() + " by " + e.get("actor").asString())).containsExactly(
                "DisputeReported by IV-0007 (INFORMATION_INVESTIGATOR)", "DisputeTriaged by CO-02 (COMMUNITY_OFFICER)",
                "DisputeRiskRaised by CO-02 (COMMUNITY_OFFICER)");

        for (String other : List.of("CO-01", "PO-01", "OP-01", "IV-0007", "CZ-90001")) {
            assertProblem(gatewayAs(other).get("/api/v1/notifications?recipient=CO-02"), 403, "forbidden", "recipient");
            assertProblem(gatewayAs(other).get("/api/v1/notifications/" + notified.get("id").asString()), 403, "forbidden", null);
        }
        assertProblem(gateway().get("/api/v1/notifications?recipient=CO-02"), 401, "unauthenticated", null);
        assertProblem(gatewayAs("CO-05").post("/api/v1/disputes/" + disputeId + "/closure", Map.of("version", 1, "closure", "PETITIONED")),
                403, "forbidden", "actor");
    }

    @Test
    void a_client_retrying_a_report_through_the_gateway_with_its_idempotency_key_gets_the_same_dispute() {
        String key = "retry-" + java.util.UUID.randomUUID();
        Map<String, Object> report = Map.of("gridCellId", "GC-104", "category", "NEIGHBOUR",
                "parties", List.of(Map.of("name", "Flat 7A tenant", "role", "complainant")),
                "description", "Water dripping from the flat above, reported twice over a bad connection.", "peopleInvolved", 2);

        Response first = gatewayAs("IV-0007").post("/api/v1/disputes", report, "Idempotency-Key", key);
        Response again = gatewayAs("IV-0007").post("/api/v1/disputes", report, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void id_card_and_phone_numbers_written_on_a_home_visit_reach_no_topic_inbox_or_log() throws Exception {
        String idNumber = "110101199003071234";
        String phone = "13812345678";
        Response visit = gatewayAs("CO-02").post("/api/v1/home-visits", Map.of("gridCellId", "GC-103", "householdRef", "HH-103-0777",
                "peopleMet", 2, "visitedAt", java.time.Instant.now().minusSeconds(600).toString(), "findings", List.of(Map.of("kind", "ANTI_FRAUD",
                        "description", "A caller claiming to be officer " + idNumber + " told the couple to move their savings; he left " + phone + "."))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        String visitId = visit.json().get("id").asString();

        // the anti-fraud desk is told, without the numbers
        JsonNode told = await().atMost(Duration.ofSeconds(20)).until(() -> gatewayAs("AF-01")
                .get("/api/v1/notifications?recipient=anti-fraud-desk&size=50").json().get("items").valueStream()
                .filter(n -> visitId.equals(n.get("subjectId").asString())).findFirst().orElse(null), n -> n != null);
        assertThat(told.get("title").asString() + told.get("body").asString()).doesNotContain(idNumber, phone);

        // no record on any topic holds an ID-card or a phone number, and no log line these; the topics read as an
        // outside system reads them, signed in with the read-only login
        List<String> leaks = new java.util.ArrayList<>();
        TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER));
        int read = 0;
        for (String topic : org.fengqiao.events.Topics.ALL) {
            for (var record : topics.readFor(topic, Duration.ofSeconds(2))) {
                read++;
                String value = new String(record.value(), StandardCharsets.UTF_8);
                if (org.fengqiao.kit.privacy.PersonalData.holdsAny(value)) {
                    leaks.add(topic + ": " + value);
                }
            }
        }
        assertThat(read).as("records read from the four topics").isPositive();
        assertThat(leaks).isEmpty();
        try (var logs = java.nio.file.Files.list(stack.dataDir().resolve("logs"))) {
            for (Path log : logs.toList()) {
                assertThat(java.nio.file.Files.readString(log)).as(log.getFileName().toString()).doesNotContain(idNumber, phone);
            }
        }

        // a reference is never an ID-card or a phone number
        assertProblem(gatewayAs("CO-02").post("/api/v1/home-visits", Map.of("gridCellId", "GC-103", "householdRef", phone,
                "peopleMet", 2, "visitedAt", java.time.Instant.now().minusSeconds(600).toString(), "findings", List.of())),
                400, "validation-failed", "householdRef");
    }

    /** A request that once gave 500, or took a service down, and the field it must now be refused for. */
    record HostileRequest(String person, String method, String path, String body, String field) {
    }

    @Test
    void requests_that_once_gave_500_or_killed_a_service_are_refused_naming_the_field_and_the_service_stays_up() {
        List<HostileRequest> hostile = List.of(
                new HostileRequest("IV-0007", "POST", "/api/v1/disputes", """
                        {"gridCellId":"GC-103","category":"NEIGHBOUR","parties":[null],"description":"x","peopleInvolved":2}""", "parties[0]"),
                // a million years of days: this one ran dispute-service out of memory
                new HostileRequest("OP-01", "GET", "/api/v1/kpis?from=2026-01-01T00:00:00Z&to=%2B1000000000-01-01T00:00:00Z", null, "to"),
                new HostileRequest("OP-01", "GET", "/api/v1/kpis?from=-1000000000-01-01T00:00:00Z&to=2027-01-01T00:00:00Z", null, "from"),
                new HostileRequest("OP-01", "GET", "/api/v1/kpis/by-grid-cell?from=2000-01-01T00:00:00Z&to=2099-01-01T00:00:00Z", null, "to"),
                new HostileRequest("OP-01", "GET", "/api/v1/prevention/report?from=2026-01-01&to=%2B999999999-12-31", null, "to"),
                new HostileRequest("OP-01", "GET", "/api/v1/assessments/%2B999999999-12", null, "month"),
                new HostileRequest("OP-01", "GET", "/api/v1/patrol-kpis/-999999999-01", null, "month"),
                new HostileRequest("CZ-90001", "GET", "/api/v1/service-points/PA-01/slots?service=ID_CARD&date=%2B999999999-12-31", null, "date"),
                new HostileRequest("OP-01", "GET", "/api/v1/outreach-activities?from=2026-01-01T00:00:00Z&to=%2B999999999-12-31T00:00:00Z", null, "to"),
                new HostileRequest("OP-01", "GET", "/api/v1/lost-persons?from=-999999999-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", null, "from"),
                new HostileRequest("CO-02", "POST", "/api/v1/home-visits", """
                        {"gridCellId":"GC-103","householdRef":"HH-103-0001","peopleMet":2,"visitedAt":"-1000000000-01-01T00:00:00Z","findings":[]}""",
                        "visitedAt"),
                new HostileRequest("CO-02", "PUT", "/api/v1/recipients/CO-02/preferences", """
                        {"mutedChannels":[null]}""", "mutedChannels[0]"),
                new HostileRequest("OP-01", "PUT", "/api/v1/routing-rules/r-hostile", """
                        {"eventType":"DisputeReported","when":[null],"recipients":[{"kind":"GRID_CELL_ROLE","field":"gridCellId","role":"COMMUNITY_OFFICER"}],"urgency":"ROUTINE","channels":["IN_APP"]}""",
                        "when[0]"),
                new HostileRequest("OP-01", "POST", "/api/v1/ops/dispute-service/dead-letters/a%20b.dlt/replay", "{}", "topic"));
        for (HostileRequest request : hostile) {
            Response refused = gatewayAs(request.person()).call(request.method(), request.path(), request.body());
            assertThat(refused.status()).as("%s %s: %s", request.method(), request.path(), refused.body()).isEqualTo(400);
            assertProblem(refused, 400, "validation-failed", request.field());
        }
        // nothing went down on the way
        assertThat(gatewayAs("OP-01").get("/api/v1/kpis?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z").status()).isEqualTo(200);
    }

    @Test
    void requests_the_web_server_refuses_before_any_service_sees_them_are_answered_as_problems_not_html_pages() {
        ApiClient client = gatewayAs("OP-01").anonymous();
        String token = "Bearer " + stack.devToken("OP-01");
        Map<String, Map<String, String>> refused = new java.util.LinkedHashMap<>();
        refused.put("/api/v1/disputes/..%2F..%2Fetc%2Fpasswd", Map.of("Authorization", token));
        refused.put("/api/v1/disputes/%00", Map.of("Authorization", token));
        refused.put("/api/v1/disputes?gridCellId=" + "x".repeat(20_000), Map.of("Authorization", token));
        refused.put("/api/v1/disputes", Map.of("Authorization", token, "X-Filler", "x".repeat(20_000)));
        refused.forEach((path, headers) -> {
            Response response = client.raw("GET", path, null, headers);
            String what = "GET " + path.substring(0, Math.min(60, path.length())) + " " + headers.keySet();
            assertThat(response.status()).as(what).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).as(what).isEqualTo("urn:fengqiao:problem:malformed-request");
        });
    }

    @Test
    void a_person_signs_in_through_the_officer_app_with_pkce_and_calls_the_gateway_with_that_token() {
        Map<String, Object> tokens = new SignInFlow(stack.identityUrl(), "officer-app", "http://127.0.0.1:8090/callback")
                .tokensFor("PO-01", LocalStack.DEMO_PASSWORD);
        String accessToken = (String) tokens.get("access_token");

        JsonNode claims = claims(accessToken);
        assertThat(claims.get("sub").asString()).isEqualTo("PO-01");
        assertThat(claims.get("iss").asString()).isEqualTo(stack.identityUrl());
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("POLICE_OFFICER");
        assertThat(gateway().as(accessToken).get("/api/v1/notifications").status()).isEqualTo(200);
        assertThat(gateway().as(accessToken).get("/api/v1/duties").status()).isEqualTo(200);
        assertProblem(gateway().as(accessToken).put("/api/v1/duty-rosters/police-on-duty", Map.of("members", List.of("PO-01"))),
                403, "forbidden", null);
        assertThat(new SignInFlow(stack.identityUrl(), "officer-app", "http://127.0.0.1:8090/callback")
                .signIn("PO-01", "not-the-password").backAtSignInForm()).isTrue();
    }

    @Test
    void an_outside_system_signs_in_with_its_secret_and_gets_only_what_its_scopes_name() throws Exception {
        String hotline = clientCredentials("city-hotline", "local-city-hotline-secret");
        String bureau = clientCredentials("statistics-bureau", "local-statistics-bureau-secret");

        assertThat(gateway().as(hotline).get("/api/v1/disputes?size=1").status()).isEqualTo(200);
        assertProblem(gateway().as(hotline).get("/api/v1/kpis?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z"), 403, "forbidden", null);
        assertThat(gateway().as(bureau).get("/api/v1/kpis?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z").status()).isEqualTo(200);
        assertThat(gateway().as(bureau).get("/api/v1/tallies").status()).isEqualTo(200);
        assertProblem(gateway().as(bureau).get("/api/v1/disputes?size=1"), 403, "forbidden", null);
        assertProblem(gateway().as(bureau).get("/api/v1/notifications/parked"), 403, "forbidden", null);
        assertThat(clientCredentialsStatus("city-hotline", "a-guessed-secret")).isEqualTo(401);
    }

    @Test
    void tokens_the_identity_provider_did_not_sign_or_not_for_this_platform_are_refused_at_the_gateway_and_at_the_service() {
        String forged = TestTokens.person("OP-01", Role.OPERATOR).fromIssuer(stack.identityUrl()).token();
        String foreign = TestTokens.person("OP-01", Role.OPERATOR).token();
        ApiClient service = new ApiClient(stack.service("notification-service").baseUrl());

        for (String token : List.of(forged, foreign)) {
            assertProblem(gateway().as(token).get("/api/v1/routing-rules"), 401, "unauthenticated", null);
            assertProblem(service.as(token).get("/api/v1/routing-rules"), 401, "unauthenticated", null);
        }
        assertThat(gatewayAs("OP-01").get("/api/v1/routing-rules").status()).isEqualTo(200);
    }

    @Test
    void the_gateways_swagger_ui_offers_the_four_documents_with_sign_in_and_every_operation_declares_its_security() {
        assertThat(gateway().get("/swagger-ui/index.html").status()).isEqualTo(200);
        for (String service : List.of("dispute-service", "patrol-service", "citizen-service", "notification-service")) {
            JsonNode document = gateway().get("/v3/api-docs/" + service).json();
            assertThat(document.get("components").get("securitySchemes").get("oauth2").get("flows").get("authorizationCode")
                    .get("authorizationUrl").asString()).isEqualTo(stack.identityUrl() + "/oauth2/authorize");
            assertThat(document.get("servers").get(0).get("url").asString()).as(service + " links through the gateway")
                    .isEqualTo(stack.gatewayUrl());
            document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                    assertThat(operation.getValue().has("security")).as(service + " " + operation.getKey() + " " + path.getKey())
                            .isTrue()));
        }
    }

    private static String clientCredentials(String clientId, String secret) throws Exception {
        HttpResponse<String> response = tokenRequest(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static int clientCredentialsStatus(String clientId, String secret) throws Exception {
        return tokenRequest(clientId, secret).statusCode();
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.identityUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
