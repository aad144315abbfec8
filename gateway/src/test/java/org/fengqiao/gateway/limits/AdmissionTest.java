package org.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void retry_after_is_rounded_up_to_whole_seconds() {
        assertThat(Admission.refusedFor(1_000_000_001L).retryAfterSeconds()).isEqualTo(2);
        assertThat(Admission.refusedFor(2_000_000_000L).retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void retry_after_is_at_least_one_second() {
        assertThat(Admission.refusedFor(0).retryAfterSeconds()).isEqualTo(1);
        assertThat(Admission.refusedFor(5).retryAfterSeconds()).isEqualTo(1);
    }
}
