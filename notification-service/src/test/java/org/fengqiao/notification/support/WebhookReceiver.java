package org.fengqiao.notification.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;
import org.fengqiao.events.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * A real HTTP endpoint standing in for a chat-group robot or an SMS gateway: records every POST it
 * receives. It can be down (not listening) and brought up later on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, JsonNode body, Map<String, List<String>> headers, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private volatile Duration answerAfter = Duration.ZERO;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** From now on each request is answered only after this long (a slow chat robot or SMS gateway). */
    public WebhookReceiver answeringAfter(Duration delay) {
        answerAfter = delay;
        return this;
    }

    /** A receiver on a free port, listening. */
    public static WebhookReceiver started() {
        WebhookReceiver receiver = new WebhookReceiver(freePort());
        receiver.up();
        return receiver;
    }

    /** A receiver on a free port that is not listening yet. */
    public static WebhookReceiver down() {
        return new WebhookReceiver(freePort());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = EventJson.mapper().readTree(new String(in.readAllBytes(), UTF_8));
                received.add(new Received(exchange.getRequestURI().getPath(), body, Map.copyOf(exchange.getRequestHeaders()), Instant.now()));
            }
            try {
                Thread.sleep(answerAfter.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        // each call answered on its own thread, as a real robot or gateway serves many callers at once
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public List<Received> received(Predicate<Received> match) {
        return received.stream().filter(match).toList();
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
