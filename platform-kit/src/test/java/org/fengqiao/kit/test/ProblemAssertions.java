package org.fengqiao.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.kit.test.ApiClient.Response;
import org.fengqiao.security.test.TestTokens;

/** What a client sees of a refusal: the status, problem+json, its stable type and the field named. */
public final class ProblemAssertions {

    /**
     * @param type the last part of the problem type, e.g. {@code validation-failed}
     */
    public static void assertProblem(Response refused, int status, String type, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:fengqiao:problem:" + type);
        if (field != null) {
            assertThat(refused.json().get("field").asString()).isEqualTo(field);
        }
    }

    /**
     * What every service shows: Swagger UI and health UP to anyone; to an operator, the health
     * details with the store's ping UP and Prometheus metrics tagged with the application's name;
     * to anyone else, no details and no metrics.
     */
    public static void assertServesSwaggerHealthAndMetrics(ApiClient api, String application) {
        ApiClient anonymous = api.anonymous();
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        tools.jackson.databind.JsonNode publicHealth = anonymous.get("/actuator/health").json();
        assertThat(publicHealth.get("status").asString()).isEqualTo("UP");
        assertThat(publicHealth.has("components")).as("health details hidden from anonymous callers").isFalse();
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertProblem(anonymous.get("/actuator/prometheus"), 401, "unauthenticated", null);
        assertProblem(anonymous.as(TestTokens.resident("CZ-90001")).get("/actuator/prometheus"), 403, "forbidden", null);

        ApiClient operator = anonymous.as(TestTokens.operator());
        tools.jackson.databind.JsonNode health = operator.get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongoPing").get("status").asString()).isEqualTo("UP");
        assertThat(operator.get("/actuator/prometheus").body()).contains("application=\"" + application + "\"");
        assertThat(anonymous.as(TestTokens.system("prometheus", "metrics.read").token()).get("/actuator/prometheus").status())
                .isEqualTo(200);
    }

    private ProblemAssertions() {
    }
}
