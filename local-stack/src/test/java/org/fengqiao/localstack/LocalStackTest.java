package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path tmp;

    @Test
    void missingJarsAreReportedBeforeAnythingStarts() throws Exception {
        Files.createDirectories(tmp.resolve("repo/dispute-service"));
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(tmp.resolve("repo"))
                .services("dispute-service", "patrol-service")
                .freePorts()
                .events(e -> { })
                .build();
        assertThatThrownBy(stack::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("Missing service jars:")
                .hasMessageContaining(Path.of("dispute-service", "target", "dispute-service-" + LocalStack.version() + "-exec.jar").toString())
                .hasMessageContaining("patrol-service-" + LocalStack.version() + "-exec.jar")
                .hasMessageContaining("mvn -q -DskipTests install");
        assertThat(stack.kafka().isRunning()).isFalse();
        assertThat(stack.mongo().isRunning()).isFalse();
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void repoRootIsFoundByWalkingUp() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("platform"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("dispute-service"));
        Path deep = Files.createDirectories(root.resolve("local-stack/src/main"));
        assertThat(LocalStack.findRepoRoot(deep)).contains(root.toAbsolutePath().normalize());
        assertThat(LocalStack.findRepoRoot(tmp)).isEmpty();
        assertThat(LocalStack.resolveRepoRoot(tmp)).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void aSecondInstanceSharesTheServicesDatabaseOnItsOwnPortAndLog() {
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(tmp.resolve("repo"))
                .services("dispute-service", "notification-service")
                .instances("notification-service", 2)
                .build();
        assertThat(stack.services()).extracting(ServiceProcess::name, ServiceProcess::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dispute-service", 8081),
                org.assertj.core.groups.Tuple.tuple("notification-service", 8084),
                org.assertj.core.groups.Tuple.tuple("notification-service-2", 8184));
        ServiceProcess second = stack.service("notification-service-2");
        assertThat(second.definition()).isEqualTo(ServiceDefinition.NOTIFICATION);
        assertThat(second.environment()).containsEntry("SERVER_PORT", "8184")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/notification");
        assertThat(second.logFile().getFileName().toString()).isEqualTo("notification-service-2.log");
        assertThatThrownBy(() -> LocalStack.builder().instances("notification-service", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void withZipkinTheTraceBackendStartsFirstAndEveryTracedProcessReportsToItAndTheConsoleLinksToIt() throws Exception {
        Path jar = tmp.resolve("repo").resolve(LocalStack.ZIPKIN_JAR_DIR).resolve("zipkin-server-" + LocalStack.ZIPKIN_VERSION + "-exec.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        LocalStack stack = LocalStack.builder().dataDir(tmp.resolve("data")).repoRoot(tmp.resolve("repo")).zipkin(true).build();

        assertThat(stack.services()).extracting(ServiceProcess::name).startsWith("zipkin");
        ServiceProcess zipkin = stack.service("zipkin");
        assertThat(zipkin.jar()).isEqualTo(jar.toAbsolutePath());
        assertThat(zipkin.port()).isEqualTo(9411);
        assertThat(zipkin.environment()).containsEntry("QUERY_PORT", "9411");
        // Zipkin keeps its traces in its heap: the last -Xmx, its own, wins
        assertThat(zipkin.command()).containsSubsequence("-Xmx144m", "-Xmx256m", "-jar");
        for (String traced : java.util.List.of("gateway", "dispute-service", "patrol-service", "citizen-service", "notification-service")) {
            assertThat(stack.service(traced).environment()).as(traced)
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true")
                    .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", "http://127.0.0.1:9411/api/v2/spans");
        }
        assertThat(stack.service("ops-console").environment())
                .containsEntry("OPS_CONSOLE_TRACE_URL", "http://localhost:9411/zipkin/traces/{traceId}");
        assertThat(stack.service("identity").environment()).doesNotContainKey("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED");
        // without the option, nobody reports anywhere
        assertThat(LocalStack.builder().dataDir(tmp.resolve("data")).repoRoot(tmp.resolve("repo")).build().service("gateway").environment())
                .doesNotContainKey("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED");
    }

    @Test
    void servicesGetTheDocumentedDefaultsAndEnvironment() {
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(tmp.resolve("repo"))
                .servicePort("citizen-service", 18083)
                .serviceEnvironment("citizen-service", "EXTRA", "1")
                .build();
        assertThat(stack.services()).extracting(ServiceProcess::name, ServiceProcess::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("identity", 9000),
                org.assertj.core.groups.Tuple.tuple("dispute-service", 8081),
                org.assertj.core.groups.Tuple.tuple("patrol-service", 8082),
                org.assertj.core.groups.Tuple.tuple("citizen-service", 18083),
                org.assertj.core.groups.Tuple.tuple("notification-service", 8084),
                org.assertj.core.groups.Tuple.tuple("gateway", 8080),
                org.assertj.core.groups.Tuple.tuple("ops-console", 8085));
        ServiceProcess citizen = stack.service("citizen-service");
        assertThat(citizen.environment())
                .containsEntry("SERVER_PORT", "18083")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/citizen")
                .containsEntry("KAFKA_BROKERS", "127.0.0.1:9092")
                .containsEntry("EXTRA", "1");
        assertThat(stack.service("dispute-service").environment()).doesNotContainKey("EXTRA")
                .containsEntry("PLATFORM_SECURITY_ISSUER_URI", "http://localhost:9000");
        assertThat(stack.service("identity").environment())
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("IDENTITY_ISSUER", "http://localhost:9000")
                .containsEntry("IDENTITY_PEOPLE_PASSWORD", LocalStack.DEMO_PASSWORD)
                .containsEntry("IDENTITY_DATA_DIR", tmp.resolve("data").toAbsolutePath().resolve("identity").toString())
                .doesNotContainKeys("MONGODB_URI", "KAFKA_BROKERS");
        assertThat(stack.service("gateway").environment())
                .containsEntry("CITIZEN_SERVICE_URI", "http://127.0.0.1:18083")
                .containsEntry("NOTIFICATION_SERVICE_URI", "http://127.0.0.1:8084")
                .containsEntry("OPS_CONSOLE_URI", "http://127.0.0.1:8085")
                .containsEntry("PLATFORM_SECURITY_ISSUER_URI", "http://localhost:9000");
        assertThat(stack.service("ops-console").environment())
                .containsEntry("OPS_CONSOLE_GATEWAY_URL", "http://localhost:8080")
                .containsEntry("PLATFORM_SECURITY_ISSUER_URI", "http://localhost:9000")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/ops_console")
                .containsEntry("KAFKA_BROKERS", "127.0.0.1:9092");
        assertThat(stack.service("notification-service").environment()).containsEntry("NOTIFICATION_WEBHOOK_ALLOW_HTTP", "true");
        assertThat(stack.gatewayUrl()).isEqualTo("http://localhost:8080");
        // a service's heap and its requests at once bounded (under 400 MB resident at a sustained 200 reports/s)
        assertThat(citizen.command()).containsSubsequence("-Xmx144m", "-Dserver.tomcat.threads.max=64", "-jar",
                tmp.resolve("repo/citizen-service/target/citizen-service-" + LocalStack.version() + "-exec.jar").toString());
        assertThat(citizen.logFile()).isEqualTo(tmp.resolve("data/logs/citizen-service.log").toAbsolutePath());
        assertThat(citizen.healthUrl()).isEqualTo("http://127.0.0.1:18083/actuator/health");
        assertThat(stack.kafka().logDir()).isEqualTo(tmp.resolve("data/kafka").toAbsolutePath());
        assertThat(stack.mongo().file()).isEqualTo(tmp.resolve("data/mongo.mv").toAbsolutePath());
        assertThatThrownBy(() -> stack.service("billing-service")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalStack.version()).isNotBlank().doesNotContain("${");
    }
}
