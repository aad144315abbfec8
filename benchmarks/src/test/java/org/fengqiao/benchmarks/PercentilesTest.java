package org.fengqiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void percentiles_are_nearest_rank_over_the_samples() {
        List<Double> millis = new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        java.util.Collections.shuffle(millis);

        Percentiles p = Percentiles.of(millis);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.p99()).isEqualTo(99.0);
        assertThat(p.max()).isEqualTo(100.0);
        assertThat(p.describe()).isEqualTo("p50 50 ms, p95 95 ms, p99 99 ms, max 100 ms");
    }

    @Test
    void no_samples_say_so_and_long_latencies_read_in_seconds() {
        assertThat(Percentiles.of(List.of()).describe()).isEqualTo("no samples");
        assertThat(Percentiles.of(List.of(12_345.0)).describe()).isEqualTo("p50 12.3 s, p95 12.3 s, p99 12.3 s, max 12.3 s");
    }
}
