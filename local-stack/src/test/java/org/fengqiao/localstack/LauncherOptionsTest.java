package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void defaults() {
        LauncherOptions o = LauncherOptions.parse();
        assertThat(o.dataDir()).isEqualTo(Path.of(".local-stack"));
        assertThat(o.services()).containsExactly("identity", "dispute-service", "patrol-service", "citizen-service", "notification-service",
                "gateway", "ops-console");
        assertThat(o.demoData()).isTrue();
        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.kafkaControllerPort()).isEqualTo(9093);
        assertThat(o.mongoPort()).isEqualTo(27017);
        assertThat(o.healthTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(o.serviceJvmOptions()).isEqualTo(LocalStack.DEFAULT_SERVICE_JVM_OPTIONS);
        assertThat(o.help()).isFalse();
    }

    @Test
    void everyOptionInBothSpellings() {
        LauncherOptions o = LauncherOptions.parse("--data-dir", "build/stack-data", "--no-demo-data",
                "--services=dispute-service,notification-service", "--kafka-port=19092", "--kafka-controller-port", "19093",
                "--mongo-port=37017", "--port=dispute-service=18081", "--ports", "notification-service:18084",
                "--health-timeout=30", "--service-jvm-opts=-Xmx128m  -XX:+UseSerialGC", "--repo-root=/src/platform");
        assertThat(o.dataDir()).isEqualTo(Path.of("build/stack-data"));
        assertThat(o.demoData()).isFalse();
        assertThat(o.services()).containsExactly("dispute-service", "notification-service");
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.kafkaControllerPort()).isEqualTo(19093);
        assertThat(o.mongoPort()).isEqualTo(37017);
        assertThat(o.servicePorts()).isEqualTo(Map.of("dispute-service", 18081, "notification-service", 18084));
        assertThat(o.healthTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.serviceJvmOptions()).containsExactly("-Xmx128m", "-XX:+UseSerialGC");
        assertThat(o.repoRoot()).isEqualTo(Path.of("/src/platform"));
    }

    @Test
    void emptyServicesMeansInfrastructureOnly() {
        assertThat(LauncherOptions.parse("--services=").services()).isEmpty();
        assertThat(LauncherOptions.parse("--services").services()).isEmpty();
        assertThat(LauncherOptions.parse("--services", "--no-demo-data").services()).isEmpty();
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> LauncherOptions.parse("--bogus")).hasMessage("Unknown option --bogus");
        assertThatThrownBy(() -> LauncherOptions.parse("--services=dispute-service,billing-service"))
                .hasMessageContaining("Unknown service 'billing-service'");
        assertThatThrownBy(() -> LauncherOptions.parse("--kafka-port=abc")).hasMessageContaining("port number");
        assertThatThrownBy(() -> LauncherOptions.parse("--port=dispute-service")).hasMessageContaining("SERVICE=PORT");
        assertThatThrownBy(() -> LauncherOptions.parse("--mongo-port")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse("stray")).hasMessageContaining("Unexpected argument");
    }

    @Test
    void helpMentionsEveryOption() {
        assertThat(LauncherOptions.parse("--help").help()).isTrue();
        assertThat(LauncherOptions.USAGE).contains("--data-dir", "--services", "--no-demo-data", "--kafka-port",
                "--kafka-controller-port", "--mongo-port", "--port=", "--ports=", "--repo-root", "--health-timeout",
                "--service-jvm-opts");
        assertThat(LauncherOptions.parse().toBuilder()).isNotNull();
        assertThat(List.of(LauncherOptions.USAGE.split("\n"))).allMatch(line -> line.length() <= 130);
    }
}
