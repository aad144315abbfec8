package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.localstack.fake.FakeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole {@link LocalStack} (real Kafka, real embedded Mongo, child JVMs) with stand-in service
 * jars ({@link org.fengqiao.localstack.fake.FakeService}) so it runs before the real services exist.
 */
class LocalStackIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void startsEverythingLoadsDemoDataAndSurvivesKillAndRestart() throws Exception {
        Path repo = FakeRepository.create(tmp.resolve("repo"), "identity", "dispute-service", "patrol-service",
                "citizen-service", "notification-service", "gateway", "ops-console");
        Path records = Files.createDirectories(tmp.resolve("records"));
        List<String> events = new CopyOnWriteArrayList<>();
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(repo)
                .freePorts()
                .jvmOptions(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .environment("FAKE_RECORD_DIR", records.toString())
                .healthTimeout(Duration.ofSeconds(60))
                .events(events::add)
                .build();
        try {
            stack.start();
            assertThat(stack.isRunning()).isTrue();
            assertThat(stack.services()).extracting(ServiceProcess::name)
                    .containsExactly("identity", "dispute-service", "patrol-service", "citizen-service", "notification-service", "gateway",
                            "ops-console");
            for (ServiceProcess service : stack.services()) {
                assertThat(service.isHealthy()).as(service.name()).isTrue();
                assertThat(service.logFile()).exists();
            }

            ServiceProcess disputes = stack.service("dispute-service");
            assertThat(get(disputes.baseUrl() + "/env")).contains(
                    "SERVER_PORT=" + disputes.port(),
                    "MONGODB_URI=" + stack.mongo().connectionString() + "/dispute",
                    "KAFKA_BROKERS=" + stack.kafkaBootstrapServers());
            assertThat(get(stack.service("notification-service").baseUrl() + "/env"))
                    .contains("MONGODB_URI=" + stack.mongoUri("notification"));
            // every process trusts the stack's identity provider; the gateway reaches the services on loopback
            assertThat(get(disputes.baseUrl() + "/env")).contains("PLATFORM_SECURITY_ISSUER_URI=" + stack.identityUrl());
            assertThat(get(stack.service("gateway").baseUrl() + "/env"))
                    .contains("DISPUTE_SERVICE_URI=http://127.0.0.1:" + disputes.port(), "MONGODB_URI=null");
            assertThat(get(stack.service("identity").baseUrl() + "/env")).contains("SPRING_PROFILES_ACTIVE=local");

            // demo data: once per data dir, through the REST APIs
            List<DemoData.Result> first = DemoData.loadIfFirstStart(stack);
            assertThat(first).extracting(DemoData.Result::service, DemoData.Result::created, DemoData.Result::skipped)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("dispute-service", 12, false),
                            org.assertj.core.groups.Tuple.tuple("patrol-service", 6, false));
            assertThat(DemoData.loadIfFirstStart(stack)).allMatch(DemoData.Result::skipped);
            List<String> posted = Files.readAllLines(records.resolve("posted-" + disputes.port() + ".jsonl"));
            assertThat(posted).hasSize(12);
            JsonNode dispute = new ObjectMapper().readTree(posted.get(0));
            assertThat(dispute.get("gridCellId").asText()).isEqualTo("GC-101");
            assertThat(dispute.get("reporter").get("role").asText()).isEqualTo("INFORMATION_INVESTIGATOR");
            // each report is posted by its reporter, with the reporter's token from the identity provider
            assertThat(Files.readAllLines(records.resolve("authorization-" + disputes.port() + ".txt")).get(0))
                    .isEqualTo("Bearer fake-token-" + dispute.get("reporter").get("personId").asText());
            assertThat(Files.readAllLines(records.resolve("authorization-" + stack.service("patrol-service").port() + ".txt")))
                    .containsOnly("Bearer fake-token-" + DemoData.OPERATOR);

            // kill -9 and start again
            long oldPid = disputes.pid().orElseThrow();
            disputes.kill();
            assertThat(disputes.isAlive()).isFalse();
            assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(disputes.isHealthy()).isFalse();
            disputes.start().awaitHealthy(Duration.ofSeconds(30));
            assertThat(disputes.pid().orElseThrow()).isNotEqualTo(oldPid);

            // graceful restart
            ServiceProcess patrol = stack.service("patrol-service");
            patrol.restart().awaitHealthy(Duration.ofSeconds(30));
            assertThat(patrol.logTail(50)).contains("fake service stopping", "fake service listening on " + patrol.port());

            Map<String, Long> rss = stack.residentMemoryKb();
            assertThat(rss).containsKeys("local-stack", "dispute-service", "notification-service");
            assertThat(rss.values()).allMatch(kb -> kb > 0);
            assertThat(stack.totalResidentMemoryKb()).isGreaterThan(rss.get("local-stack"));
            assertThat(events).noneMatch(e -> e.contains("unexpectedly"));
        } finally {
            stack.stop();
        }
        assertThat(stack.isRunning()).isFalse();
        assertThat(stack.services()).noneMatch(ServiceProcess::isAlive);
        assertThat(Ports.isFree(stack.kafka().port())).isTrue();
        assertThat(Ports.isFree(stack.mongo().port())).isTrue();
        assertThat(tmp.resolve("data/kafka/meta.properties")).exists();
        assertThat(tmp.resolve("data/mongo.mv")).exists();
        assertThat(tmp.resolve("data/demo-data/dispute-service.loaded")).exists();
        assertThat(tmp.resolve("data/run/dispute-service.pid")).doesNotExist();
    }

    @Test
    void aServiceThatDiesDuringStartUpFailsTheStartWithItsLogAndStopsTheRest() {
        Path repo = FakeRepository.create(tmp.resolve("repo"), "dispute-service", "citizen-service");
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(repo)
                .freePorts()
                .services("dispute-service", "citizen-service")
                .jvmOptions(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .serviceEnvironment("citizen-service", "FAKE_FAIL", "no database for you")
                .healthTimeout(Duration.ofSeconds(60))
                .events(e -> { })
                .build();
        assertThatThrownBy(stack::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("citizen-service exited with code 3")
                .hasMessageContaining("fake service failing on purpose: no database for you");
        assertThat(stack.isRunning()).isFalse();
        assertThat(stack.service("dispute-service").isAlive()).isFalse();
        assertThat(stack.kafka().isRunning()).isFalse();
        assertThat(stack.mongo().isRunning()).isFalse();
        assertThat(Ports.isFree(stack.kafka().port())).isTrue();
    }

    @Test
    void infrastructureOnlyStackAndHealthTimeout() {
        Path repo = FakeRepository.create(tmp.resolve("repo"), "patrol-service");
        LocalStack stack = LocalStack.builder()
                .dataDir(tmp.resolve("data"))
                .repoRoot(repo)
                .freePorts()
                .services("patrol-service")
                .awaitHealthy(false)
                .jvmOptions(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .serviceEnvironment("patrol-service", "FAKE_START_DELAY_MS", "60000")
                .events(e -> { })
                .start();
        try {
            ServiceProcess patrol = stack.service("patrol-service");
            OptionalLong pid = patrol.pid();
            assertThat(pid).isPresent();
            assertThatThrownBy(() -> patrol.awaitHealthy(Duration.ofSeconds(2)))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("patrol-service did not report UP")
                    .hasMessageContaining("starting patrol-service on port " + patrol.port());
            assertThat(stack.kafkaBootstrapServers()).isEqualTo("127.0.0.1:" + stack.kafka().port());
        } finally {
            stack.stop();
        }
        assertThat(stack.service("patrol-service").isAlive()).isFalse();

        // the same stack can be started again on its data dir
        String clusterId = stack.kafka().clusterId();
        try {
            stack.start();
            assertThat(stack.isRunning()).isTrue();
            assertThat(stack.kafka().clusterId()).isEqualTo(clusterId);
            assertThat(stack.service("patrol-service").isAlive()).isTrue();
        } finally {
            stack.stop();
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
