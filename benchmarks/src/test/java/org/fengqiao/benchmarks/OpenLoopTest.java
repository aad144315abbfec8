package org.fengqiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpenLoopTest {

    @Test
    void sends_are_due_at_fixed_times_whatever_a_send_takes() {
        List<Long> due = new ArrayList<>();
        List<Long> fired = new ArrayList<>();

        OpenLoop.run(200, 20, dueAt -> {
            due.add(dueAt);
            fired.add(System.nanoTime());
        });

        assertThat(due).hasSize(20);
        for (int i = 1; i < due.size(); i++) {
            assertThat(due.get(i) - due.get(i - 1)).as("5 ms apart").isBetween(4_999_000L, 5_001_000L);
            assertThat(fired.get(i)).as("never fired before it is due").isGreaterThanOrEqualTo(due.get(i));
        }
    }
}
