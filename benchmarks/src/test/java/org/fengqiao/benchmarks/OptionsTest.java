package org.fengqiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void a_service_gets_its_own_jvm_options_after_the_common_ones_and_the_patrol_month_runs_alone_with_no_rates() {
        CapacityBenchmark.Options options = CapacityBenchmark.Options.parse("--rates=", "--patrol-month=500, 2000",
                "--jvm-opts-of=dispute-service:-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2",
                "--jvm-opts-of=notification-service:-XX:TieredStopAtLevel=4", "--jvm-opts-of=dispute-service:-Xmx200m");

        assertThat(options.rates()).isEmpty();
        assertThat(options.patrolMonth()).containsExactly(500, 2000);
        assertThat(options.extraJvmOptions()).isEqualTo(Map.of(
                "dispute-service", List.of("-XX:TieredStopAtLevel=4", "-XX:CICompilerCount=2", "-Xmx200m"),
                "notification-service", List.of("-XX:TieredStopAtLevel=4")));
    }

    @Test
    void an_option_it_does_not_know_is_refused_by_name() {
        assertThatThrownBy(() -> CapacityBenchmark.Options.parse("--rate=20")).hasMessageContaining("--rate=20");
    }

    @Test
    void options_for_a_service_without_the_service_or_the_options_are_refused_with_the_form_they_need() {
        for (String bad : List.of("--jvm-opts-of=-Xmx200m", "--jvm-opts-of=dispute-service:", "--jvm-opts-of")) {
            assertThatThrownBy(() -> CapacityBenchmark.Options.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SERVICE:OPTIONS");
        }
    }
}
