package org.fengqiao.kit.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service's REST API over real HTTP, the way a client app would: anonymously, or
 * {@link #as(String) as} someone with their access token.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl) {
        this(baseUrl, null);
    }

    private ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static ApiClient localhost(int port) {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** The same API, called with this access token ({@code Authorization: Bearer ...}). */
    public ApiClient as(String accessToken) {
        return new ApiClient(baseUrl, accessToken);
    }

    /** The same API, called by this made-up person (see {@link TestPeople}). */
    public ApiClient by(String personId) {
        return as(TestPeople.token(personId));
    }

    /** The same API, called without a token. */
    public ApiClient anonymous() {
        return new ApiClient(baseUrl, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A response as a user sees it: the status, the headers and the JSON body. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst().orElse(null);
        }
    }

    public Response get(String path) {
        return get(path, new String[0]);
    }

    /** A GET with headers given as name, value, name, value, ... */
    public Response get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response post(String path, Object body, String... headers) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response put(String path, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Any method, with a JSON body or none ({@code null}). */
    public Response call(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(request);
    }

    /** Any method, any body (JSON or not, or none), any headers: for requests a well-behaved client never sends. */
    public Response raw(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
