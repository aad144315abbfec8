package org.fengqiao.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.gateway.support.StubService;
import org.fengqiao.gateway.support.StubService.Received;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingIT extends RunningGateway {

    private static final String QUERY = "from=2026-01-01T00:00:00Z&status=OPEN&status=CLOSED&q=wage%20arrears%20%C3%A9";

    static Stream<Arguments> routedPaths() {
        return Stream.of(
                Arguments.of("/api/v1/disputes", "dispute-service"),
                Arguments.of("/api/v1/disputes/d-1/escalation", "dispute-service"),
                Arguments.of("/api/v1/kpis", "dispute-service"),
                Arguments.of("/api/v1/kpis/layers", "dispute-service"),
                Arguments.of("/api/v1/directory/units/SU-0103", "dispute-service"),
                Arguments.of("/api/v1/prevention/report", "dispute-service"),
                Arguments.of("/api/v1/risk-rules", "dispute-service"),
                Arguments.of("/api/v1/patrol-teams/PT-01", "patrol-service"),
                Arguments.of("/api/v1/grid-blocks", "patrol-service"),
                Arguments.of("/api/v1/incidents/i-1/tasks", "patrol-service"),
                Arguments.of("/api/v1/duties", "patrol-service"),
                Arguments.of("/api/v1/shifts/s-1", "patrol-service"),
                Arguments.of("/api/v1/check-ins", "patrol-service"),
                Arguments.of("/api/v1/missed-shifts", "patrol-service"),
                Arguments.of("/api/v1/assessments/2026-03", "patrol-service"),
                Arguments.of("/api/v1/patrol-kpis", "patrol-service"),
                Arguments.of("/api/v1/service-points/PA-01/slots", "citizen-service"),
                Arguments.of("/api/v1/appointments", "citizen-service"),
                Arguments.of("/api/v1/service-requests/r-1", "citizen-service"),
                Arguments.of("/api/v1/enterprise-intakes", "citizen-service"),
                Arguments.of("/api/v1/home-visits/v-1/findings", "citizen-service"),
                Arguments.of("/api/v1/lost-items", "citizen-service"),
                Arguments.of("/api/v1/outreach-activities", "citizen-service"),
                Arguments.of("/api/v1/lost-persons/p-1", "citizen-service"),
                Arguments.of("/api/v1/tallies", "citizen-service"),
                Arguments.of("/api/v1/residents/C-0001", "citizen-service"),
                Arguments.of("/api/v1/notifications", "notification-service"),
                Arguments.of("/api/v1/notifications/n-1/acknowledgement", "notification-service"),
                Arguments.of("/api/v1/alerts", "notification-service"),
                Arguments.of("/api/v1/templates/t-1", "notification-service"),
                Arguments.of("/api/v1/routing-rules", "notification-service"),
                Arguments.of("/api/v1/recipients/CO-02", "notification-service"),
                Arguments.of("/api/v1/duty-rosters", "notification-service"));
    }

    @Test
    void the_operations_console_is_reached_without_a_token_with_its_session_cookie_both_ways_and_the_gateways_address() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> page = gateway().send(gateway().to("/ops/flow?probe=" + probe).header("Cookie", "OPS_CONSOLE_SESSION=s-0").GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).containsExactly("OPS_CONSOLE_SESSION=s-1; Path=/ops; HttpOnly");
        Received request = PlatformServices.OPS_CONSOLE.receivedWithProbe(probe).get(0);
        assertThat(request.path()).isEqualTo("/ops/flow");
        assertThat(request.header("Cookie")).isEqualTo("OPS_CONSOLE_SESSION=s-0");
        // the console builds its sign-in redirect from the address the browser used
        assertThat(request.header("X-Forwarded-Host")).isEqualTo(gateway().hostAndPort());
        assertThat(PlatformServices.receivedWithProbe(probe)).containsExactly(request);
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @MethodSource("routedPaths")
    void each_path_reaches_its_service_with_path_query_method_body_and_token_intact(String path, String service) {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String probe = UUID.randomUUID().toString();
        String body = "{\"description\":\"About forty workers say three months of wages are unpaid.\",\"probe\":\"" + probe + "\"}";

        HttpResponse<String> response = gateway().send(gateway().to(path + "?" + QUERY + "&probe=" + probe)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(201);
        List<Received> received = PlatformServices.receivedWithProbe(probe);
        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(PlatformServices.named(service).receivedWithProbe(probe)).containsExactly(request);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(path);
        assertThat(request.query()).isEqualTo(QUERY + "&probe=" + probe);
        assertThat(request.bodyText()).isEqualTo(body);
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        // the service is told the address the client used, and builds its links with it
        assertThat(request.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(request.header("X-Forwarded-Host")).isEqualTo(gateway().hostAndPort());
        assertThat(request.header("X-Forwarded-Port")).isEqualTo(gateway().hostAndPort().split(":")[1]);
        assertThat(response.headers().firstValue("Location")).hasValue(gateway().base() + path + "/new-1");
        assertThat(response.body()).isEqualTo("{\"service\":\"" + service + "\",\"created\":true}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void every_method_passes_through_as_sent(String method) {
        String token = TestTokens.person("PO-" + UUID.randomUUID(), Role.POLICE_OFFICER).token();
        String probe = UUID.randomUUID().toString();
        boolean withBody = method.equals("PUT") || method.equals("PATCH");
        HttpRequest.BodyPublisher body = withBody ? HttpRequest.BodyPublishers.ofString("{\"name\":\"east gate\"}") : HttpRequest.BodyPublishers.noBody();

        HttpResponse<String> response = gateway().send(gateway().to("/api/v1/templates/t-7?probe=" + probe)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").method(method, body));

        assertThat(response.statusCode()).isEqualTo(200);
        Received request = PlatformServices.NOTIFICATION.receivedWithProbe(probe).get(0);
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.bodyText()).isEqualTo(withBody ? "{\"name\":\"east gate\"}" : "");
    }

    @Test
    void a_services_refusal_reaches_the_client_unchanged() {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();

        HttpResponse<String> response = gateway().get("/api/v1/disputes/missing", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:fengqiao:problem:not-found\"", "\"service\":\"dispute-service\"");
    }

    @Test
    void forwarded_headers_a_client_makes_up_never_reach_a_service() {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String probe = UUID.randomUUID().toString();

        gateway().send(gateway().to("/api/v1/kpis?probe=" + probe).header("Authorization", "Bearer " + token)
                .header("X-Forwarded-Host", "evil.example.org").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example.org;proto=https").GET());

        Received request = PlatformServices.DISPUTE.receivedWithProbe(probe).get(0);
        assertThat(request.headers().get("X-Forwarded-Host")).containsExactly(gateway().hostAndPort());
        assertThat(request.headers().get("X-Forwarded-Proto")).containsExactly("http");
        assertThat(request.header("Forwarded")).isNull();
    }

    @Test
    void a_service_continues_the_trace_of_the_request_a_caller_traced_and_each_request_without_one_gets_its_own() {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String traced = UUID.randomUUID().toString();
        String untraced = UUID.randomUUID().toString();

        gateway().send(gateway().to("/api/v1/kpis?probe=" + traced).header("Authorization", "Bearer " + token)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").GET());
        gateway().get("/api/v1/kpis?probe=" + untraced, token);

        assertThat(PlatformServices.DISPUTE.receivedWithProbe(traced).get(0).header("traceparent"))
                .as("the caller's trace, the gateway's own span").startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(PlatformServices.DISPUTE.receivedWithProbe(untraced).get(0).header("traceparent"))
                .as("a trace the gateway started").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                .doesNotContain("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void an_api_path_no_service_owns_is_not_found_and_reaches_nobody() {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = gateway().get("/api/v1/unknown-things?probe=" + probe, token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dispute-service", "patrol-service", "citizen-service", "notification-service"})
    void the_operators_endpoints_of_each_service_are_rewritten_to_the_services_own_paths(String service) {
        String token = operator();
        StubService stub = PlatformServices.named(service);
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> parked = gateway().get("/api/v1/ops/" + service + "/outbox/parked?limit=20&probe=" + probe, token);
        HttpResponse<String> replay = gateway().send(gateway().to("/api/v1/ops/" + service + "/dead-letters/patrol.events.dispute-service-intake.dlt/replay?probe=" + probe)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(parked.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(PlatformServices.receivedWithProbe(probe)).hasSize(2);
        List<Received> received = stub.receivedWithProbe(probe);
        assertThat(received).extracting(Received::method, Received::path).containsExactly(
                tuple("GET", "/api/v1/outbox/parked"),
                tuple("POST", "/api/v1/dead-letters/patrol.events.dispute-service-intake.dlt/replay"));
        assertThat(received.get(0).query()).isEqualTo("limit=20&probe=" + probe);
        assertThat(received.get(0).header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void only_the_two_operator_endpoints_are_reachable_under_ops() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = gateway().get("/api/v1/ops/dispute-service/disputes?probe=" + probe, operator());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dispute-service", "patrol-service", "citizen-service", "notification-service"})
    void each_services_api_document_is_served_without_a_token(String service) {
        int before = PlatformServices.named(service).receivedOnPath("/v3/api-docs").size();

        HttpResponse<String> response = gateway().get("/v3/api-docs/" + service, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"title\":\"" + service + "\"");
        assertThat(PlatformServices.named(service).receivedOnPath("/v3/api-docs")).hasSize(before + 1);
    }

    /** An operator of their own for each test: a person may make only a few requests an hour here. */
    private static String operator() {
        return TestTokens.person("OP-" + UUID.randomUUID(), Role.OPERATOR).token();
    }
}
