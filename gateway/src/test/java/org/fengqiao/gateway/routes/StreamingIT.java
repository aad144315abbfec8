package org.fengqiao.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.gateway.support.StubService.Received;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;

class StreamingIT extends RunningGateway {

    @Test
    void a_live_stream_reaches_the_client_event_by_event_while_the_service_is_still_sending() throws Exception {
        String token = TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token();
        String probe = UUID.randomUUID().toString();
        CountDownLatch secondEvent = new CountDownLatch(1);
        PlatformServices.NOTIFICATION.holdStreamsUntil(secondEvent);
        int finishedBefore = PlatformServices.NOTIFICATION.finishedStreams();
        try {
            // the service holds its second event (and the end of the stream) back until released:
            // the answer and its first event must reach the client on their own
            HttpResponse<InputStream> response = CompletableFuture.supplyAsync(() -> gateway().open(
                    gateway().to("/api/v1/notifications/stream?recipient=CO-02&probe=" + probe)
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                            .header("Last-Event-ID", "41").GET())).get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            List<String> first = CompletableFuture.supplyAsync(() -> readEvent(events)).get(10, TimeUnit.SECONDS);
            assertThat(first).containsExactly("id: 1", "event: notification", "data: {\"n\":1}");
            assertThat(PlatformServices.NOTIFICATION.finishedStreams()).isEqualTo(finishedBefore);

            secondEvent.countDown();
            List<String> second = CompletableFuture.supplyAsync(() -> readEvent(events)).get(10, TimeUnit.SECONDS);
            assertThat(second).containsExactly("id: 2", "event: notification", "data: {\"n\":2}");
            assertThat(CompletableFuture.supplyAsync(() -> readEvent(events)).get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            secondEvent.countDown();
        }
        Received request = PlatformServices.NOTIFICATION.receivedWithProbe(probe).get(0);
        assertThat(request.path()).isEqualTo("/api/v1/notifications/stream");
        assertThat(request.header("Last-Event-ID")).isEqualTo("41");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
    }

    private static List<String> readEvent(BufferedReader events) {
        try {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = events.readLine()) != null && !line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
