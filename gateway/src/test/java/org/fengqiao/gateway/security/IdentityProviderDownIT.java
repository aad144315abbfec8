package org.fengqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.GatewayApplication;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A gateway that cannot reach the identity provider's published keys. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderDownIT {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        PlatformServices.register(registry);
        registry.add("platform.security.jwk-set-uri", () -> "http://127.0.0.1:1/oauth2/jwks");
    }

    @Test
    void a_token_that_cannot_be_checked_is_answered_503_problem_json_and_reaches_no_service() {
        GatewayClient gateway = new GatewayClient(port);
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = gateway.get("/api/v1/disputes?probe=" + probe,
                TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        assertThat(GatewayClient.json(response).get("type").asString()).isEqualTo("urn:fengqiao:problem:service-unavailable");
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @Test
    void a_request_without_a_token_is_still_401() {
        GatewayClient gateway = new GatewayClient(port);

        assertThat(gateway.get("/api/v1/disputes", null).statusCode()).isEqualTo(401);
    }
}
