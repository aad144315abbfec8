package org.fengqiao.localstack.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a real service in the local-stack tests: packed into
 * {@code <service>/target/<service>-<version>-exec.jar} of a temporary "repository", it reads the
 * same environment a real service does, answers {@code /actuator/health} with UP, accepts
 * {@code POST /api/v1/...} with 201 (recording each body and its Authorization header), hands out
 * {@code fake-token-<id>} on {@code POST /dev/tokens/<id>} like the identity provider's
 * development shortcut, and shows its environment on {@code /env}.
 * Only JDK classes are used so the jar needs nothing else.
 *
 * <p>Knobs: {@code FAKE_FAIL} (print it and exit 3 at once), {@code FAKE_START_DELAY_MS} (take that
 * long to "start"), {@code FAKE_RECORD_DIR} (where {@code posted-<port>.jsonl} goes).
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        String failure = System.getenv("FAKE_FAIL");
        if (failure != null) {
            System.out.println("fake service failing on purpose: " + failure);
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        long delay = Long.parseLong(System.getenv().getOrDefault("FAKE_START_DELAY_MS", "0"));
        if (delay > 0) {
            Thread.sleep(delay); // simulates a slow start-up
        }
        Path record = Path.of(System.getenv().getOrDefault("FAKE_RECORD_DIR", "."))
                .resolve("posted-" + port + ".jsonl");
        AtomicInteger ids = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/actuator/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        // the operations console lives under /ops
        server.createContext("/ops/actuator/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> respond(exchange, 200,
                "SERVER_PORT=" + System.getenv("SERVER_PORT") + "\n"
                        + "MONGODB_URI=" + System.getenv("MONGODB_URI") + "\n"
                        + "KAFKA_BROKERS=" + System.getenv("KAFKA_BROKERS") + "\n"
                        + "PLATFORM_SECURITY_ISSUER_URI=" + System.getenv("PLATFORM_SECURITY_ISSUER_URI") + "\n"
                        + "DISPUTE_SERVICE_URI=" + System.getenv("DISPUTE_SERVICE_URI") + "\n"
                        + "SPRING_PROFILES_ACTIVE=" + System.getenv("SPRING_PROFILES_ACTIVE") + "\n"));
        // the identity provider's development shortcut, for the demo data's tokens
        server.createContext("/dev/tokens/", exchange -> respond(exchange, 200,
                "fake-token-" + exchange.getRequestURI().getPath().substring("/dev/tokens/".length())));
        Path authorizations = record.resolveSibling("authorization-" + port + ".txt");
        server.createContext("/api/v1/", exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{}");
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!body.trim().startsWith("{") || contentType == null || !contentType.startsWith("application/json")) {
                respond(exchange, 400, "{\"error\":\"expected a JSON object\"}");
                return;
            }
            synchronized (FakeService.class) {
                Files.writeString(record, body.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Files.writeString(authorizations, exchange.getRequestHeaders().getFirst("Authorization") + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            respond(exchange, 201, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
        });
        server.start();
        System.out.println("fake service listening on " + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping");
            server.stop(0);
        }));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
