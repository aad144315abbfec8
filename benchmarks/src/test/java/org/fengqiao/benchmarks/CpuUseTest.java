package org.fengqiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void a_step_shows_how_busy_the_cores_were_and_each_process_per_report() {
        Map<String, Long> before = new LinkedHashMap<>();
        before.put("local-stack", 10_000L);
        before.put("dispute-service", 4_000L);
        before.put("notification-service", -1L);
        Map<String, Long> after = new LinkedHashMap<>();
        after.put("local-stack", 58_000L);
        after.put("dispute-service", 34_000L);
        after.put("notification-service", 20_000L);

        // 60 s of wall time, 6,000 reports: 48 s and 30 s of CPU; notification-service unreadable before, so left out
        CpuUse use = CpuUse.between(before, after, 60_000, 6_000, 2);

        assertThat(use.millisByProcess()).containsExactly(Map.entry("local-stack", 48_000L), Map.entry("dispute-service", 30_000L));
        assertThat(use.busyCores()).isEqualTo(1.3);
        assertThat(use.describe()).isEqualTo("1.30 of 2 cores busy over 60 s; per report 13.0 ms: local-stack 8.0, dispute-service 5.0");
    }

    @Test
    void a_step_without_reports_shows_no_cost_per_report() {
        CpuUse use = CpuUse.between(Map.of("dispute-service", 0L), Map.of("dispute-service", 500L), 1_000, 0, 2);

        assertThat(use.describe()).isEqualTo("0.50 of 2 cores busy over 1 s; per report 0.0 ms: dispute-service 0.0");
    }
}
