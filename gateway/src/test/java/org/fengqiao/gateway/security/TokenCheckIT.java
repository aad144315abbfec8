package org.fengqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class TokenCheckIT extends RunningGateway {

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("an expired token", TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).expired().token()),
                Arguments.of("a token of another issuer", TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).fromIssuer("https://idp.evil.example.org").token()),
                Arguments.of("a token signed with a key the provider never published", TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).signedWithAnotherKey().token()),
                Arguments.of("a token for another audience", TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).audience("another-api").token()),
                Arguments.of("something that is not a token", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_request_without_a_valid_token_is_refused_with_401_problem_json_and_reaches_no_service(String what, String token) {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = gateway().get("/api/v1/disputes?probe=" + probe, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> {
            assertThat(challenge).startsWith("Bearer");
            if (token != null) {
                assertThat(challenge).contains("error=\"invalid_token\"");
            }
        });
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:fengqiao:problem:unauthenticated");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/disputes");
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_refused_token_does_not_reach_the_operators_endpoints_or_the_live_stream_either(String what, String token) {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> parked = gateway().get("/api/v1/ops/notification-service/outbox/parked?probe=" + probe, token);
        HttpResponse<String> stream = gateway().get("/api/v1/notifications/stream?probe=" + probe, token);

        assertThat(parked.statusCode()).isEqualTo(401);
        assertThat(stream.statusCode()).isEqualTo(401);
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }
}
