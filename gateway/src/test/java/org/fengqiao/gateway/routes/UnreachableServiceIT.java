package org.fengqiao.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.GatewayApplication;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A gateway whose notification-service is down (nothing listens) and whose patrol-service hangs up on every request. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableServiceIT {

    private static final HangingUpService HANGING_UP = new HangingUpService();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        PlatformServices.register(registry);
        registry.add("NOTIFICATION_SERVICE_URI", () -> "http://127.0.0.1:" + freePort());
        registry.add("PATROL_SERVICE_URI", () -> "http://127.0.0.1:" + HANGING_UP.port());
    }

    @AfterAll
    static void stop() {
        HANGING_UP.close();
    }

    @Test
    void a_service_that_is_down_answers_503_problem_json() {
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> response = gateway.send(gateway.to("/api/v1/notifications?recipient=CO-02")
                .header("Authorization", "Bearer " + TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token())
                .header("X-Correlation-Id", "down-1").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("down-1");
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:fengqiao:problem:service-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("service").asString()).isEqualTo("notification-service");
    }

    @Test
    void a_service_that_breaks_off_the_exchange_answers_502_problem_json() {
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> response = gateway.get("/api/v1/incidents", TestTokens.person("PL-" + UUID.randomUUID(), Role.PATROL_LEADER).token());

        assertThat(response.statusCode()).isEqualTo(502);
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:fengqiao:problem:bad-gateway");
        assertThat(problem.get("service").asString()).isEqualTo("patrol-service");
    }

    @Test
    void the_other_services_are_still_reached() {
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> response = gateway.get("/api/v1/kpis", TestTokens.person("CO-" + UUID.randomUUID(), Role.COMMUNITY_OFFICER).token());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts every connection and closes it at once, without a word. */
    private static final class HangingUpService implements AutoCloseable {

        private final ServerSocket server;

        HangingUpService() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept()) {
                        connection.getInputStream().read(new byte[1024]);
                    } catch (IOException closed) {
                        // the server was closed, or the gateway gave up first
                    }
                }
            }, "hanging-up-service");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
