package org.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.gateway.support.StubService.Received;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Here a body may be at most {@value RunningGateway#MAX_BODY_BYTES} bytes. */
class BodySizeIT extends RunningGateway {

    private static byte[] body(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private HttpResponse<String> post(String probe, HttpRequest.BodyPublisher body) {
        String token = TestTokens.person("IV-" + UUID.randomUUID(), Role.INFORMATION_INVESTIGATOR).token();
        return gateway().send(gateway().to("/api/v1/disputes?probe=" + probe)
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain").POST(body));
    }

    /** Chunked: the length is not announced, the gateway counts the bytes as they arrive. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    void a_body_announced_larger_than_the_cap_is_refused_with_413_and_reaches_no_service() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = post(probe, HttpRequest.BodyPublishers.ofByteArray(body(MAX_BODY_BYTES + 1)));

        assertTooLarge(response);
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @Test
    void a_chunked_body_that_grows_larger_than_the_cap_is_refused_with_413_and_reaches_no_service() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = post(probe, chunked(body(MAX_BODY_BYTES + 1)));

        assertTooLarge(response);
        assertThat(PlatformServices.receivedWithProbe(probe)).isEmpty();
    }

    @Test
    void a_body_of_exactly_the_cap_passes_whole_announced_or_chunked() {
        String announced = UUID.randomUUID().toString();
        String chunked = UUID.randomUUID().toString();

        HttpResponse<String> first = post(announced, HttpRequest.BodyPublishers.ofByteArray(body(MAX_BODY_BYTES)));
        HttpResponse<String> second = post(chunked, chunked(body(MAX_BODY_BYTES)));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        Received whole = PlatformServices.DISPUTE.receivedWithProbe(announced).get(0);
        Received reassembled = PlatformServices.DISPUTE.receivedWithProbe(chunked).get(0);
        assertThat(whole.body()).isEqualTo(body(MAX_BODY_BYTES));
        assertThat(reassembled.body()).isEqualTo(body(MAX_BODY_BYTES));
        assertThat(whole.header("Content-Type")).isEqualTo("text/plain");
        assertThat(reassembled.header("Content-Type")).isEqualTo("text/plain");
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:fengqiao:problem:payload-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("maxBodySize").asLong()).isEqualTo(MAX_BODY_BYTES);
    }
}
