package org.fengqiao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Made-up demo data ({@value #RESOURCE}), posted through the services' real REST APIs, each item
 * by the person it says acts (a report by its reporter; anything else by the operator
 * {@value #OPERATOR}) with that person's token from the identity provider. Each service's data is
 * loaded once per data dir: a marker file {@code demo-data/<service>.loaded} records that it was
 * done.
 */
public final class DemoData {

    public static final String RESOURCE = "/demo-data.json";
    /** The made-up operator who registers what has no person of its own (patrol teams). */
    public static final String OPERATOR = "OP-01";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** What was posted to one service. */
    public record Result(String service, String path, int attempted, int created, List<String> failures,
            boolean skipped) {

        public String summary() {
            if (skipped) {
                return service + ": already loaded on an earlier start";
            }
            return service + ": " + created + " of " + attempted + " created via POST " + path
                    + (failures.isEmpty() ? "" : " (" + failures.size() + " failed)");
        }
    }

    /** One service's part of the resource. */
    public record Batch(String service, String path, List<JsonNode> items) {
    }

    private DemoData() {
    }

    /** The demo data resource, by service name. */
    public static Map<String, Batch> batches() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = MAPPER.readTree(in);
            Map<String, Batch> batches = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                if (ServiceDefinition.byName(entry.getKey()).isEmpty()) {
                    continue; // "_comment" and the like
                }
                List<JsonNode> items = new ArrayList<>();
                entry.getValue().get("items").forEach(items::add);
                batches.put(entry.getKey(), new Batch(entry.getKey(), entry.getValue().get("path").asText(), items));
            }
            return batches;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Posts the demo data of every running service of {@code stack} that has demo data and no
     * marker yet.
     */
    public static List<Result> loadIfFirstStart(LocalStack stack) {
        Map<String, String> baseUrls = new LinkedHashMap<>();
        for (ServiceProcess service : stack.services()) {
            baseUrls.put(service.name(), service.baseUrl());
        }
        boolean signIn = stack.services().stream().anyMatch(service -> service.name().equals(ServiceDefinition.IDENTITY.name()));
        Map<String, String> tokens = new java.util.HashMap<>();
        Function<String, String> tokenFor = signIn ? person -> tokens.computeIfAbsent(person, stack::devToken) : person -> null;
        return loadIfFirstStart(baseUrls, stack.dataDir(), tokenFor);
    }

    /**
     * Posts the demo data for the given services ({@code name -> http://127.0.0.1:<port>}),
     * skipping those whose marker exists in {@code dataDir}. The marker is written when at least
     * one item was created (so a start against a broken service tries again next time, while a
     * partly loaded batch is not posted twice).
     */
    public static List<Result> loadIfFirstStart(Map<String, String> baseUrls, Path dataDir, Function<String, String> tokenFor) {
        List<Result> results = new ArrayList<>();
        for (Batch batch : batches().values()) {
            String baseUrl = baseUrls.get(batch.service());
            if (baseUrl == null) {
                continue;
            }
            Path marker = dataDir.resolve("demo-data").resolve(batch.service() + ".loaded");
            if (Files.exists(marker)) {
                results.add(new Result(batch.service(), batch.path(), 0, 0, List.of(), true));
                continue;
            }
            Result result = post(batch, baseUrl, tokenFor);
            if (result.created() > 0) {
                try {
                    Files.createDirectories(marker.getParent());
                    Files.writeString(marker, result.summary() + " at " + LocalDateTime.now() + System.lineSeparator());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + marker, e);
                }
            }
            results.add(result);
        }
        return results;
    }

    /** Who posts an item: the reporter it names, else the operator. */
    static String actingPerson(JsonNode item) {
        String reporter = item.path("reporter").path("personId").asText("");
        return reporter.isBlank() ? OPERATOR : reporter;
    }

    /** Posts every item of {@code batch} to {@code baseUrl + batch.path()}; 201 counts as created. */
    public static Result post(Batch batch, String baseUrl, Function<String, String> tokenFor) {
        URI uri = URI.create(baseUrl + batch.path());
        int created = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode item : batch.items()) {
            String body;
            try {
                body = MAPPER.writeValueAsString(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String failure = postOne(uri, body, tokenFor.apply(actingPerson(item)));
            if (failure == null) {
                created++;
            } else {
                failures.add(failure);
            }
        }
        return new Result(batch.service(), batch.path(), batch.items().size(), created, failures, false);
    }

    private static String postOne(URI uri, String body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        String failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return null;
                }
                failure = "HTTP " + response.statusCode() + " for " + abbreviate(body) + ": " + abbreviate(response.body());
                if (response.statusCode() < 500) {
                    return failure; // the request itself is wrong: trying again will not help
                }
            } catch (IOException e) {
                failure = e + " for " + abbreviate(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            KafkaBroker.sleepQuietly(500L * attempt);
        }
        return failure;
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
