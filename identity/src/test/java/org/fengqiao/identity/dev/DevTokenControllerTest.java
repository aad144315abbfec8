package org.fengqiao.identity.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevTokenControllerTest {

    @Test
    void json_only_when_asked_for_by_name_and_preferred_to_plain_text() {
        assertThat(DevTokenController.wantsJson("application/json")).isTrue();
        assertThat(DevTokenController.wantsJson("text/plain;q=0.5, application/json")).isTrue();
        assertThat(DevTokenController.wantsJson("text/plain, application/json")).isFalse();
        assertThat(DevTokenController.wantsJson("*/*")).isFalse();
        assertThat(DevTokenController.wantsJson(null)).isFalse();
        assertThat(DevTokenController.wantsJson("not a media type")).isFalse();
    }
}
