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

    private ProblemAssertions() {
    }
}
