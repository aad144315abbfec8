package org.fengqiao.kit.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.fengqiao.kit.test.ApiClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests generated from a service's own OpenAPI document, property-based: for every
 * operation, a number of requests, each the operation's shape (a body built from its schema,
 * its parameters) with one part replaced by a hostile value drawn at random from a seeded
 * generator: {@code null}, the wrong type, an empty or a 100,000-character text, control and
 * non-BMP characters, numbers at and beyond every range, dates no calendar has, a list of
 * 10,001 elements or holding {@code null}, an object nested 400 deep in the body or a body nested 2,000 deep, a body that is not JSON, a
 * path id of 5,000 characters or {@code ../}, a bad {@code Idempotency-Key} or
 * {@code Content-Type}. The property: every answer is below 500, every 4xx is
 * problem+json, and a request refused (4xx) sent no write to the store while it was served
 * (recorded by {@link StoreQueries} on the threads that serve requests): nothing is stored. Live streams (Server-Sent Events) are left out: they answer, then never end. The seed is printed, so a failure is replayed with the same seed.
 */
public final class HostileInput {

    /** What a run covered and what it found. */
    public record Report(long seed, int operations, int cases, Map<Integer, Integer> byStatus, int refusedUnwritten, int writesOfAccepted,
                         List<String> failures) {

        @Override
        public String toString() {
            return String.format("%d operations, %d hostile requests (seed %d): answers by status %s; refused with nothing written: %d"
                    + " (the accepted ones wrote %d times); 5xx, not problem+json, or refused yet written: %d",
                    operations, cases, seed, byStatus, refusedUnwritten, writesOfAccepted, failures.size());
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final String token;
    private final Random random;
    private final long seed;
    private JsonNode schemas;

    private HostileInput(ApiClient api, String token, long seed) {
        this.api = api.anonymous(); // the token goes in the request's own headers
        this.token = token;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * The property, asserted: {@code casesPerOperation} hostile requests to every operation, by a
     * person holding every role (so that role checks do not stop them before the input is read),
     * each answered below 500 and every 4xx as problem+json. Prints what was covered.
     */
    public static Report assertAnsweredWithout5xx(ApiClient api, int casesPerOperation) {
        Report report = run(api, org.fengqiao.security.test.TestTokens.person("FUZZ-1", org.fengqiao.events.access.Role.values()).token(),
                casesPerOperation);
        System.out.println("Hostile input: " + report);
        org.assertj.core.api.Assertions.assertThat(report.failures())
                .as("answers of 5xx, 4xx without problem+json, or refused yet written (" + report + ")")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(report.operations()).as("operations covered").isPositive();
        return report;
    }

    /**
     * Sends {@code casesPerOperation} hostile requests to each operation of the service's
     * {@code /v3/api-docs} (platform endpoints under {@code /actuator} left out), as the caller
     * of {@code token}; the seed comes from {@code -Dhostile.seed} or is drawn.
     */
    public static Report run(ApiClient api, String token, int casesPerOperation) {
        long seed = Long.getLong("hostile.seed", new Random().nextLong());
        return new HostileInput(api, token, seed).run(casesPerOperation);
    }

    private Report run(int casesPerOperation) {
        JsonNode document = api.get("/v3/api-docs").json();
        schemas = document.path("components").path("schemas");
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int cases = 0;
        int refusedUnwritten = 0;
        int writesOfAccepted = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || path.getKey().startsWith("/actuator") || streams(operation)) {
                    continue;
                }
                operations++;
                for (int i = 0; i < casesPerOperation; i++) {
                    Request request = hostile(method.toUpperCase(Locale.ROOT), path.getKey(), operation);
                    int writes = StoreQueries.recorded().requestWriteMark();
                    Response response = api.raw(request.method, request.path, request.body, request.headers);
                    List<String> written = StoreQueries.recorded().requestWritesSince(writes);
                    cases++;
                    byStatus.merge(response.status(), 1, Integer::sum);
                    String contentType = String.valueOf(response.header("Content-Type"));
                    if (response.status() >= 500 || (response.status() >= 400 && !contentType.startsWith("application/problem+json"))) {
                        failures.add(request.method + " " + path.getKey() + " with " + request.what + " -> " + response.status() + " "
                                + contentType + " " + abbreviate(response.body()));
                    } else if (response.status() >= 400 && !written.isEmpty()) {
                        failures.add(request.method + " " + path.getKey() + " with " + request.what + " -> " + response.status()
                                + ", refused, yet it wrote to the store: " + written);
                    } else if (response.status() >= 400) {
                        refusedUnwritten++;
                    } else {
                        writesOfAccepted += written.size();
                    }
                }
            }
        }
        return new Report(seed, operations, cases, byStatus, refusedUnwritten, writesOfAccepted, failures);
    }

    /** A live stream (Server-Sent Events) answers and then never ends: not a request/response to fuzz here. */
    private static boolean streams(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    private record Request(String method, String path, String body, Map<String, String> headers, String what) {
    }

    /** The operation's shape with one hostile part. */
    private Request hostile(String method, String template, JsonNode operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String value = plainText(resolve(parameter.path("schema")));
            switch (parameter.path("in").asString()) {
                case "path" -> pathValues.put(name, value);
                case "query" -> query.put(name, value);
                default -> {
                    // headers and cookies of the document: none carries data the services read
                }
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode body = bodySchema.isMissingNode() ? null : shape(resolve(bodySchema), 0);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        String rawBody = null;
        String what;

        List<String> targets = new ArrayList<>(List.of("header"));
        if (!pathValues.isEmpty()) {
            targets.add("path");
        }
        if (!query.isEmpty()) {
            targets.add("query");
            targets.add("query");
        }
        if (body != null) {
            targets.addAll(List.of("body", "field", "field", "field", "field"));
        }
        switch (targets.get(random.nextInt(targets.size()))) {
            case "path" -> {
                String name = pick(new ArrayList<>(pathValues.keySet()));
                String value = pick(List.of("x".repeat(5_000), "../../etc/passwd", "%00", "\u0000", "😀", " ", "-1", "9".repeat(40)));
                pathValues.put(name, value);
                what = "path {" + name + "} = " + abbreviate(value);
            }
            case "query" -> {
                String name = pick(new ArrayList<>(query.keySet()));
                String value = plainText(hostileValue());
                query.put(name, value);
                what = "query " + name + " = " + abbreviate(value);
            }
            case "body" -> {
                rawBody = pick(List.of("{", "not json", "[]", "null", "1e999", "\"text\"", "{\"a\":".repeat(500), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), ""));
                what = "body " + abbreviate(rawBody);
            }
            case "field" -> {
                JsonNode value = hostileValue();
                what = "field " + replaceOne(body, value, "") + " = " + abbreviate(String.valueOf(value));
            }
            default -> {
                // not Accept: a client that accepts no JSON may get a refusal without a body
                String header = pick(List.of("Idempotency-Key", "Content-Type"));
                String value = pick(List.of("not a key!", "x".repeat(300), "text/plain", "application/xml", "*/*; q=x"));
                headers.put(header, value);
                what = "header " + header + ": " + abbreviate(value);
            }
        }
        if (rawBody == null && body != null) {
            rawBody = JSON.writeValueAsString(body);
        }
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH") && body == null) {
            rawBody = null;
        }
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value)));
            path += q;
        }
        return new Request(method, path, rawBody, headers, what);
    }

    /** Replaces one value somewhere in {@code node} (a property at any depth, or a list element); returns where. */
    private String replaceOne(JsonNode node, JsonNode value, String at) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = pick(names);
            JsonNode child = object.get(name);
            if ((child.isObject() || child.isArray()) && !child.isEmpty() && random.nextBoolean()) {
                return replaceOne(child, value, at + "." + name);
            }
            object.set(name, value);
            return at + "." + name;
        }
        if (node instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if ((array.get(index).isObject()) && random.nextBoolean()) {
                return replaceOne(array.get(index), value, at + "[" + index + "]");
            }
            array.set(index, value);
            return at + "[" + index + "]";
        }
        return at + " (nothing to replace)";
    }

    private JsonNode hostileValue() {
        List<Supplier<JsonNode>> values = List.of(
                NODES::nullNode,
                () -> NODES.stringNode(""),
                () -> NODES.stringNode(" "),
                () -> NODES.stringNode("x".repeat(100_000)),
                () -> NODES.stringNode("\u0000\u0007\u001b[31m\r\n"),
                () -> NODES.stringNode("😀".repeat(50)),
                () -> NODES.stringNode("+999999999-12-31"),
                () -> NODES.stringNode("-1000000000-01-01T00:00:00Z"),
                () -> NODES.stringNode("2026-13-45T25:61:61Z"),
                () -> NODES.stringNode("2026-02-30"),
                () -> NODES.stringNode("P9999999999D"),
                () -> NODES.stringNode("NaN"),
                () -> NODES.numberNode(Integer.MAX_VALUE),
                () -> NODES.numberNode(Integer.MIN_VALUE),
                () -> NODES.numberNode(Long.MAX_VALUE),
                () -> NODES.numberNode(new java.math.BigInteger("9".repeat(40))),
                () -> NODES.numberNode(-1),
                () -> NODES.numberNode(1e308),
                () -> NODES.numberNode(0.5),
                () -> NODES.booleanNode(true),
                () -> NODES.objectNode().put("unexpected", "object"),
                () -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 10_001; i++) {
                        many.add("x");
                    }
                    return many;
                },
                () -> NODES.arrayNode().addNull(),
                () -> NODES.arrayNode().add(NODES.objectNode()),
                () -> {
                    ObjectNode deep = NODES.objectNode();
                    ObjectNode inner = deep;
                    for (int i = 0; i < 400; i++) {
                        inner = inner.putObject("a");
                    }
                    return deep;
                });
        return values.get(random.nextInt(values.size())).get();
    }

    /** A plausible value of the schema's shape (not necessarily a valid one): what the hostile part is put into. */
    private JsonNode shape(JsonNode schema, int depth) {
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> NODES.stringNode(switch (format) {
                case "date-time" -> Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
                case "date" -> LocalDate.now().plusDays(2).toString();
                case "email" -> "someone@station.example";
                default -> "fuzz";
            });
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(shape(resolve(schema.path("items")), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), shape(resolve(property.getValue()), depth + 1));
                }
                yield object;
            }
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && !schema.get("allOf").isEmpty()) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String plainText(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…(" + oneLine.length() + " characters)";
    }
}
