package org.fengqiao.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one of the platform's services: it records every request it
 * receives (method, path, query, headers, body) and answers like a service would. POST: 201 with
 * a {@code Location} built from the forwarded headers, as a service behind the gateway builds it;
 * a path ending in {@code /missing}: 404 problem+json; {@code /v3/api-docs}: a small OpenAPI
 * document naming the service; a path ending in {@code /stream}: Server-Sent Events, one event,
 * then (once released) a second one; anything else: 200 JSON.
 */
public final class StubService {

    private final String name;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch streamGate = new CountDownLatch(0);
    private final AtomicInteger finishedStreams = new AtomicInteger();

    private StubService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static StubService start(String name) {
        try {
            return new StubService(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What this service received with the query parameter {@code probe=<probe>}. */
    public List<Received> receivedWithProbe(String probe) {
        return received.stream().filter(request -> request.query() != null && request.query().contains("probe=" + probe)).toList();
    }

    /** What this service received on a path that starts with {@code prefix}. */
    public List<Received> receivedOnPathStartingWith(String prefix) {
        return received.stream().filter(request -> request.path().startsWith(prefix)).toList();
    }

    public List<Received> receivedOnPath(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public Optional<Received> lastReceivedOnPath(String path) {
        List<Received> matching = receivedOnPath(path);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    /** The next streams send their first event, then wait for {@code gate} before the second and the end. */
    public void holdStreamsUntil(CountDownLatch gate) {
        streamGate = gate;
    }

    /** How many streams this service has ended. */
    public int finishedStreams() {
        return finishedStreams.get();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header, new ArrayList<>(values)));
        String path = exchange.getRequestURI().getPath();
        Received request = new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body);
        received.add(request);
        if (path.startsWith("/ops/")) {
            // the console keeps its operator's session in a cookie
            exchange.getResponseHeaders().add("Set-Cookie", "OPS_CONSOLE_SESSION=s-1; Path=/ops; HttpOnly");
        }
        if (path.endsWith("/stream")) {
            stream(exchange);
        } else if (path.equals("/v3/api-docs")) {
            answer(exchange, 200, "application/json", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"1\"},\"paths\":{}}");
        } else if (path.endsWith("/missing")) {
            answer(exchange, 404, "application/problem+json",
                    "{\"type\":\"urn:fengqiao:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"service\":\"" + name + "\"}");
        } else if (request.method().equals("POST")) {
            exchange.getResponseHeaders().add("Location", request.header("X-Forwarded-Proto") + "://" + request.header("X-Forwarded-Host") + path + "/new-1");
            exchange.getResponseHeaders().add("X-Correlation-Id", String.valueOf(request.header("X-Correlation-Id")));
            answer(exchange, 201, "application/json", "{\"service\":\"" + name + "\",\"created\":true}");
        } else {
            answer(exchange, 200, "application/json", "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}");
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        CountDownLatch gate = streamGate;
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("id: 1\nevent: notification\ndata: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("id: 2\nevent: notification\ndata: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            finishedStreams.incrementAndGet();
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One request as the service received it; the query as it came, still encoded. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
