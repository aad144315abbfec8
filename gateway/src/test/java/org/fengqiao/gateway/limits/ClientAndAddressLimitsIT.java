package org.fengqiao.gateway.limits;

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

/**
 * A gateway of its own with tight limits: every test token is issued to the same client app
 * ({@code test-client}), which may make 4 requests an hour, a person 3, an anonymous address 2.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limits.per-person.capacity=3",
        "gateway.rate-limits.per-person.refill-period=1h",
        "gateway.rate-limits.per-client.capacity=4",
        "gateway.rate-limits.per-client.refill-period=1h",
        "gateway.rate-limits.per-address.capacity=2",
        "gateway.rate-limits.per-address.refill-period=1h"})
class ClientAndAddressLimitsIT {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        PlatformServices.register(registry);
    }

    @Test
    void two_people_of_the_same_client_share_its_capacity() {
        GatewayClient gateway = new GatewayClient(port);
        String first = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String second = TestTokens.person("PO-" + UUID.randomUUID(), Role.POLICE_OFFICER).token();
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.get("/api/v1/kpis", first).statusCode()).isEqualTo(200);
        }
        assertThat(gateway.get("/api/v1/kpis", second).statusCode()).isEqualTo(200);

        // the second person has made one request of their three, but the client has used all four
        HttpResponse<String> refused = gateway.get("/api/v1/kpis", second);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(GatewayClient.json(refused).get("limit").asString()).isEqualTo("client");
        assertThat(GatewayClient.json(refused).get("type").asString()).isEqualTo("urn:fengqiao:problem:too-many-requests");
    }

    @Test
    void anonymous_requests_are_limited_per_address() {
        GatewayClient gateway = new GatewayClient(port);
        for (int i = 0; i < 2; i++) {
            assertThat(gateway.get("/v3/api-docs/dispute-service", null).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = gateway.get("/v3/api-docs/dispute-service", null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(GatewayClient.json(refused).get("limit").asString()).isEqualTo("address");
        assertThat(gateway.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
