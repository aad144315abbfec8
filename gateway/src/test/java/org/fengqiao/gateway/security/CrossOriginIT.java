package org.fengqiao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;

class CrossOriginIT extends RunningGateway {

    private HttpResponse<String> preflight(String origin, String probe) {
        return gateway().send(gateway().to("/api/v1/disputes?probe=" + probe)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-correlation-id")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void a_preflight_from_a_configured_origin_is_allowed_without_a_token() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = preflight(ALLOWED_ORIGIN, probe);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers.toLowerCase()).contains("authorization", "content-type", "x-correlation-id"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @Test
    void a_preflight_from_any_other_origin_is_refused() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = preflight("https://evil.example.org", probe);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @Test
    void a_cross_origin_call_from_a_configured_origin_may_read_the_correlation_id_location_and_retry_after() {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();

        HttpResponse<String> response = gateway().send(gateway().to("/api/v1/disputes")
                .header("Origin", ALLOWED_ORIGIN).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("X-Correlation-Id", "Location", "Retry-After"));
    }
}
