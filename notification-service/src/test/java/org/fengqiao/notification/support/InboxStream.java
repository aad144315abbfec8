package org.fengqiao.notification.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.events.EventJson;
import tools.jackson.databind.JsonNode;

/** A client reading a recipient's live in-app stream (Server-Sent Events) over real HTTP. */
public final class InboxStream implements AutoCloseable {

    /** One event of the stream, with when it arrived. */
    public record Event(String id, JsonNode data, Instant at) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean open = true;
    private final java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);

    public InboxStream(int port, String recipient, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notifications/stream?recipient=" + recipient))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + accessToken).GET().build();
        reader = new Thread(() -> read(request), "sse-" + recipient);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            connected.countDown();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), UTF_8))) {
                String id = null;
                StringBuilder data = new StringBuilder();
                String line;
                while (open && (line = lines.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(new Event(id, EventJson.mapper().readTree(data.toString()), Instant.now()));
                        id = null;
                        data.setLength(0);
                    }
                }
            }
        } catch (Exception e) {
            if (open) {
                throw new IllegalStateException("inbox stream broke", e);
            }
        }
    }

    /** Waits until the server answered the stream's request. */
    public InboxStream awaitOpen() {
        try {
            if (!connected.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the inbox stream did not open within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        open = false;
        reader.interrupt();
    }
}
