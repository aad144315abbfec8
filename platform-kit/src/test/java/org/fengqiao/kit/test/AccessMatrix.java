package org.fengqiao.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.fengqiao.security.test.TestTokens;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The role matrix checked against what the service really serves: every operation of its own
 * OpenAPI document must have a rule and declare its security requirement, refuse a caller
 * without a token (401) and a caller with none of the rule's roles or scopes (403), both as
 * problem+json. An endpoint added without a rule fails here; so does a rule left behind for an
 * endpoint that is gone.
 */
public final class AccessMatrix {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /**
     * The whole check for one service: every operation guarded (none public), and the service's
     * own policy (named {@code service}) written in the README exactly.
     */
    public static void assertGuardedAndDocumented(ApiClient api, List<AccessPolicy> policies, String service) {
        List<String> open = assertEveryOperationIsGuarded(api, AccessPolicy.merge(service, policies));
        assertThat(open).as("operations of %s anyone may call", service).isEmpty();
        assertDocumentedInReadme(policies.stream().filter(policy -> policy.name().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no access policy named " + service)));
    }

    /** @return the operations declared public, for the test's report */
    public static List<String> assertEveryOperationIsGuarded(ApiClient api, AccessPolicy policy) {
        ApiClient anonymous = api.anonymous();
        Response docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).as("the OpenAPI document is public").isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        SoftAssertions softly = new SoftAssertions();
        List<String> publicOperations = new ArrayList<>();
        List<String> served = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                served.add(name);
                softly.assertThat(operation.has("security")).as(name + " declares its security requirement").isTrue();
                AccessRule rule = policy.ruleFor(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path.getKey()).orElse(null);
                softly.assertThat(rule).as(name + " has a rule in the role matrix").isNotNull();
                if (rule == null) {
                    continue;
                }
                if (rule.isPublic()) {
                    publicOperations.add(name);
                    softly.assertThat(operation.get("security")).as(name + " is public").isEmpty();
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "x-1");
                String body = "post".equals(method) || "put".equals(method) ? "{}" : null;
                checked++;
                expect(softly, name + " without a token", anonymous.call(method.toUpperCase(Locale.ROOT), concrete, body),
                        401, "unauthenticated");
                expect(softly, name + " by a person with no role", anonymous.as(TestTokens.nobody())
                        .call(method.toUpperCase(Locale.ROOT), concrete, body), 403, "forbidden");
                Set<Role> others = EnumSet.allOf(Role.class);
                others.removeAll(rule.roles());
                if (!others.isEmpty()) {
                    String token = TestTokens.person("OTHER-1", others.toArray(Role[]::new)).token();
                    expect(softly, name + " by a person with only " + others, anonymous.as(token)
                            .call(method.toUpperCase(Locale.ROOT), concrete, body), 403, "forbidden");
                }
                List<String> otherScopes = new ArrayList<>(Scopes.ALL);
                otherScopes.removeAll(rule.scopes());
                String system = TestTokens.system("other-system", otherScopes.toArray(String[]::new)).token();
                expect(softly, name + " by a system with only " + otherScopes, anonymous.as(system)
                        .call(method.toUpperCase(Locale.ROOT), concrete, body), 403, "forbidden");
            }
        }
        for (AccessRule rule : policy.rules()) {
            boolean platformPath = rule.path().startsWith("/actuator") || rule.path().startsWith("/v3/") || rule.path().startsWith("/swagger-ui")
                    || rule.path().equals("/v3/api-docs");
            if (!platformPath) {
                softly.assertThat(served).as("the rule for " + rule.operation() + " names an operation the service serves")
                        .contains(rule.operation());
            }
        }
        softly.assertThat(checked).as("operations checked").isPositive();
        softly.assertAll();
        return publicOperations;
    }

    private static void expect(SoftAssertions softly, String what, Response response, int status, String type) {
        softly.assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
        softly.assertThat(response.header("Content-Type")).as(what + " content type").startsWith("application/problem+json");
        if (response.body().startsWith("{")) {
            softly.assertThat(response.json().path("type").asString()).as(what + " problem type").isEqualTo("urn:fengqiao:problem:" + type);
        }
    }

    /**
     * The role matrix as the README's table for one service: operation, who may, and the rule on
     * the person. The README must contain it exactly, so the written matrix is the enforced one.
     */
    public static String markdown(AccessPolicy policy) {
        StringBuilder table = new StringBuilder("| operation | who may | only when |\n|---|---|---|\n");
        policy.rules().stream()
                .filter(rule -> !rule.isPublic())
                .filter(rule -> rule.path().startsWith("/api/"))
                .sorted(Comparator.comparing(AccessRule::path).thenComparing(rule -> rule.method().name()))
                .forEach(rule -> table.append("| `").append(rule.operation()).append("` | ").append(who(rule)).append(" | ")
                        .append(rule.provided() == null ? "" : rule.provided()).append(" |\n"));
        return table.toString();
    }

    private static String who(AccessRule rule) {
        List<String> parts = new ArrayList<>(rule.roles().stream().map(Enum::name).toList());
        if (!rule.scopes().isEmpty()) {
            parts.add("systems: " + rule.scopes().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    /** Fails, printing the table to paste, unless the README at the repository root contains it. */
    public static void assertDocumentedInReadme(AccessPolicy policy) {
        String expected = markdown(policy);
        String readme;
        try {
            readme = Files.readString(Path.of("..", "README.md"));
        } catch (IOException e) {
            throw new IllegalStateException("README.md not found from " + Path.of("").toAbsolutePath(), e);
        }
        assertThat(readme).as("README.md's role matrix for this service; it must contain exactly:\n" + expected).contains(expected);
    }


    private AccessMatrix() {
    }
}
