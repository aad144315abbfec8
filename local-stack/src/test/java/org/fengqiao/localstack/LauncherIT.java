package org.fengqiao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.fengqiao.localstack.fake.FakeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged launcher ({@code target/local-stack-<version>-exec.jar}) the way a developer
 * does, with stand-in service jars, and stops it with SIGTERM as Ctrl-C would.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    @Test
    void runsUntilSigtermAndKeepsItsDataForTheNextStart() throws Exception {
        Path repo = FakeRepository.create(tmp.resolve("repo"), "identity", "dispute-service", "citizen-service", "gateway");
        Path dataDir = tmp.resolve("data");
        List<String> args = List.of(
                "--data-dir=" + dataDir,
                "--repo-root", repo.toString(),
                "--services=identity,dispute-service,citizen-service,gateway",
                "--kafka-port=" + Ports.freePort(),
                "--kafka-controller-port=" + Ports.freePort(),
                "--mongo-port=" + Ports.freePort(),
                "--ports=dispute-service=" + Ports.freePort() + ",citizen-service=" + Ports.freePort() + ",identity=" + Ports.freePort()
                        + ",gateway=" + Ports.freePort(),
                "--service-jvm-opts=-Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                "--health-timeout=60");

        List<String> first = runUntilReadyThenSigterm(args);
        String firstOut = String.join("\n", first);
        assertThat(firstOut)
                .contains("Fengqiao platform is up - started in")
                .contains("dispute-service")
                .contains("Gateway", "/api/v1/...", "/swagger-ui.html", "/actuator/health")
                .contains("Sign-in", "/.well-known/openid-configuration", "password 'demo'", "/dev/tokens/CO-02")
                .contains("Kafka bootstrap", "MongoDB", "Resident memory")
                .contains("Demo data dispute-service: 12 of 12 created via POST /api/v1/disputes")
                .contains("12 records loaded")
                .contains("Stopping dispute-service", "Stopping Kafka broker", "Stopping MongoDB", "Stopped.")
                .doesNotContain("ERROR", "Exception");
        // services are stopped before Kafka, Kafka before Mongo
        assertThat(firstOut.indexOf("Stopping dispute-service")).isLessThan(firstOut.indexOf("Stopping Kafka broker"));
        assertThat(firstOut.indexOf("Stopping Kafka broker")).isLessThan(firstOut.indexOf("Stopping MongoDB"));
        assertThat(dataDir.resolve("logs/dispute-service.log")).content().contains("fake service listening");
        String clusterId = Files.readString(dataDir.resolve("kafka/meta.properties"));

        List<String> second = runUntilReadyThenSigterm(args);
        assertThat(String.join("\n", second))
                .contains("Demo data              already loaded on an earlier start")
                .contains("Stopped.");
        assertThat(Files.readString(dataDir.resolve("kafka/meta.properties"))).isEqualTo(clusterId);
    }

    @Test
    void missingServiceJarsAreNamedWithTheBuildCommand() throws Exception {
        Path repo = FakeRepository.create(tmp.resolve("repo"), "dispute-service");
        Process process = launcher(List.of("--data-dir=" + tmp.resolve("data"), "--repo-root=" + repo,
                "--services=dispute-service,notification-service"));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(LocalStackLauncher.EXIT_USAGE);
        assertThat(out)
                .contains("Missing service jar:")
                .contains("notification-service-" + LocalStack.version() + "-exec.jar")
                .doesNotContain("dispute-service-" + LocalStack.version() + "-exec.jar")
                .contains("mvn -q -DskipTests install");
    }

    private List<String> runUntilReadyThenSigterm(List<String> args) throws Exception {
        Process process = launcher(args);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        reader.start();
        List<String> output = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean ready = false;
            while (!ready && System.nanoTime() < deadline && (process.isAlive() || !lines.isEmpty())) {
                String line = lines.poll(500, TimeUnit.MILLISECONDS);
                if (line != null) {
                    output.add(line);
                    ready = line.contains("Press Ctrl-C to stop.");
                }
            }
            assertThat(ready).as("launcher became ready; output so far:%n%s", String.join("\n", output)).isTrue();
        } finally {
            // SIGTERM, like Ctrl-C. (Process.destroy() would also close our end of its stdout.)
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(10_000);
            lines.drainTo(output);
        }
        return output;
    }

    private static Process launcher(List<String> args) throws IOException {
        Path jar = Path.of("target", "local-stack-" + LocalStack.version() + "-exec.jar");
        assertThat(jar).as("the packaged launcher (run by failsafe after package)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
