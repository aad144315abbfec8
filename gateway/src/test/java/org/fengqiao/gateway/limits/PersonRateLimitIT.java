package org.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Here a person may make {@value RunningGateway#PERSON_CAPACITY} requests an hour. */
class PersonRateLimitIT extends RunningGateway {

    @Test
    void a_person_beyond_their_capacity_is_told_to_retry_later_while_another_person_is_still_served() {
        String busy = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String other = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        for (int i = 0; i < PERSON_CAPACITY; i++) {
            assertThat(gateway().get("/api/v1/disputes", busy).statusCode()).isEqualTo(200);
        }
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> refused = gateway().get("/api/v1/disputes?probe=" + probe, busy);
        HttpResponse<String> served = gateway().get("/api/v1/disputes", other);

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        // the bucket refills 5 requests an hour, evenly: one more in at most 12 minutes
        assertThat(retryAfter).isBetween(1L, 720L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("X-Correlation-Id")).isPresent();
        JsonNode problem = GatewayClient.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("urn:fengqiao:problem:too-many-requests");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("limit").asString()).isEqualTo("person");
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void refused_tokens_naming_a_person_do_not_spend_that_persons_requests() {
        String person = "CO-" + UUID.randomUUID();
        String forged = TestTokens.person(person, Role.COMMUNITY_OFFICER).signedWithAnotherKey().token();
        String expired = TestTokens.person(person, Role.COMMUNITY_OFFICER).expired().token();
        for (int i = 0; i < 2 * PERSON_CAPACITY; i++) {
            assertThat(gateway().get("/api/v1/disputes", i % 2 == 0 ? forged : expired).statusCode()).isEqualTo(401);
        }
        String real = TestTokens.person(person, Role.COMMUNITY_OFFICER).token();

        for (int i = 0; i < PERSON_CAPACITY; i++) {
            assertThat(gateway().get("/api/v1/disputes", real).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_health_probes_are_never_limited() {
        for (int i = 0; i < 3 * PERSON_CAPACITY; i++) {
            assertThat(gateway().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        }
    }
}
