package org.fengqiao.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.kit.test.ApiClient.Response;

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
     * What every service shows an operator: Swagger UI, health UP with the store's ping UP, and
     * Prometheus metrics tagged with the application's name.
     */
    public static void assertServesSwaggerHealthAndMetrics(ApiClient api, String application) {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        tools.jackson.databind.JsonNode health = api.get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongoPing").get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").body()).contains("application=\"" + application + "\"");
    }

    private ProblemAssertions() {
    }
}
