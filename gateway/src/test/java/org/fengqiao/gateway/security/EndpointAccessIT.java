package org.fengqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;

class EndpointAccessIT extends RunningGateway {

    @Test
    void the_health_probes_are_public() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = gateway().get(probe, null);

            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void metrics_are_for_operators_and_the_metrics_scraper_only() {
        String operator = TestTokens.person("OP-" + UUID.randomUUID(), Role.OPERATOR).token();
        String scraper = TestTokens.system("prometheus-" + UUID.randomUUID(), Scopes.METRICS_READ).token();
        String officer = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();

        HttpResponse<String> byOperator = gateway().get("/actuator/prometheus", operator);
        HttpResponse<String> byScraper = gateway().get("/actuator/prometheus", scraper);
        HttpResponse<String> byOfficer = gateway().get("/actuator/prometheus", officer);
        HttpResponse<String> byNobody = gateway().get("/actuator/prometheus", null);

        assertThat(byOperator.statusCode()).isEqualTo(200);
        assertThat(byOperator.body()).contains("application=\"gateway\"");
        assertThat(byScraper.statusCode()).isEqualTo(200);
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(GatewayClient.json(byOfficer).get("type").asString()).isEqualTo("urn:fengqiao:problem:forbidden");
        assertThat(byNobody.statusCode()).isEqualTo(401);
    }

    @Test
    void anything_else_is_refused_even_with_a_valid_token() {
        String officer = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();

        assertThat(gateway().get("/actuator/env", officer).statusCode()).isEqualTo(403);
        assertThat(gateway().get("/actuator/env", null).statusCode()).isEqualTo(401);
        assertThat(gateway().get("/internal/anything", officer).statusCode()).isEqualTo(403);
        assertThat(gateway().send(gateway().to("/v3/api-docs/dispute-service").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(401);
    }
}
