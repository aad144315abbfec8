package org.fengqiao.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One service running as a separate child JVM: {@code java <jvm options> -jar <jar>}, with
 * {@code SERVER_PORT}, {@code MONGODB_URI} and {@code KAFKA_BROKERS} in its environment and its
 * stdout/stderr appended to {@link #logFile()}.
 *
 * <p>Tests get these from {@link LocalStack#service(String)} and can {@link #kill()} a service
 * (like {@code kill -9}), {@link #start()} it again, {@link #restart()} it gracefully, and
 * {@link #awaitHealthy(Duration)}.
 */
public final class ServiceProcess {

    /** How long {@link #stop()} waits after SIGTERM before it kills the process. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final ServiceDefinition definition;
    private final String name;
    private final int port;
    private final Path jar;
    private final Path workDir;
    private final Path logFile;
    private final Path pidFile;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Consumer<String> events;

    private Process process;
    private volatile boolean stopRequested;

    ServiceProcess(ServiceDefinition definition, String name, int port, Path jar, Path workDir, Path logFile, Path pidFile,
            List<String> jvmOptions, Map<String, String> environment, Consumer<String> events) {
        this.definition = definition;
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.workDir = workDir;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.events = events;
    }

    /**
     * The same process, not started yet, with {@code extra} added to its environment (a test runs
     * a service for a while with another setting, such as a crash point, in place of the stack's).
     */
    public ServiceProcess withEnvironment(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>(environment);
        merged.putAll(extra);
        return new ServiceProcess(definition, name, port, jar, workDir, logFile, pidFile, jvmOptions, merged, events);
    }

    /** The service's name, or for a second instance {@code <name>-2}. */
    public String name() {
        return name;
    }

    public ServiceDefinition definition() {
        return definition;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} and the web application's path, if it has one. */
    public String baseUrl() {
        return "http://" + Ports.LOOPBACK + ":" + port + definition.contextPath();
    }

    public String healthUrl() {
        return baseUrl() + "/actuator/health";
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    /** The environment given to the child (SERVER_PORT, MONGODB_URI, KAFKA_BROKERS and any extras). */
    public Map<String, String> environment() {
        return environment;
    }

    /** The full command line used to start the child. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /**
     * Starts the child process (does not wait for it to be healthy; see {@link #awaitHealthy}).
     *
     * @throws LocalStackException if the jar is missing or the port is taken
     */
    public synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name() + " is already running (pid " + process.pid() + ")");
        }
        if (!Files.isRegularFile(jar)) {
            throw new LocalStackException(LocalStack.missingJarsMessage(List.of(jar)));
        }
        killStaleProcess();
        Ports.requireFree(port, name());
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(workDir);
            Files.writeString(logFile, System.lineSeparator() + "===== local-stack: starting " + name() + " on port "
                    + port + " at " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " ====="
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LocalStackException("Cannot prepare log file " + logFile, e);
        }
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new LocalStackException("Cannot start " + name() + ": " + e.getMessage(), e);
        }
        try {
            started.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing reads the child's stdin
        }
        stopRequested = false;
        process = started;
        writePidFile(started.pid());
        started.onExit().thenAccept(this::exited);
        return this;
    }

    /** Stops gracefully (SIGTERM, up to 20 s), then starts again. Does not wait for health. */
    public ServiceProcess restart() {
        stop();
        return start();
    }

    /** Like {@code kill -9}: destroys the process forcibly and waits until it is gone. */
    public void kill() {
        Process p = markStopping();
        if (p != null) {
            p.destroyForcibly();
            waitFor(p, Duration.ofSeconds(15));
            deletePidFile();
        }
    }

    /** SIGTERM, wait up to 20 s, then destroy forcibly. */
    public void stop() {
        stop(DEFAULT_STOP_GRACE);
    }

    /** SIGTERM, wait up to {@code grace}, then destroy forcibly. */
    public void stop(Duration grace) {
        CompletableFuture<Void> done = stopAsync(grace);
        done.join();
    }

    /** Non-blocking {@link #stop(Duration)}, so several services can stop in parallel. */
    public CompletableFuture<Void> stopAsync(Duration grace) {
        Process p = markStopping();
        if (p == null) {
            return CompletableFuture.completedFuture(null);
        }
        p.destroy();
        return CompletableFuture.runAsync(() -> {
            if (!waitFor(p, grace)) {
                events.accept(name() + " did not stop within " + grace.toSeconds() + " s; killing it");
                p.destroyForcibly();
                waitFor(p, Duration.ofSeconds(15));
            }
            deletePidFile();
        }, LocalStack.WORKERS);
    }

    private synchronized Process markStopping() {
        stopRequested = true;
        Process p = process;
        return p != null && p.isAlive() ? p : null;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /** The underlying process, if started. */
    public synchronized Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** Resident memory in KiB, or -1 if not running. */
    public long rssKb() {
        OptionalLong pid = pid();
        return pid.isPresent() ? ProcessUsage.rssKb(pid.getAsLong()) : -1;
    }

    /** CPU time it has used so far in milliseconds, or -1 when not running. */
    public long cpuMillis() {
        OptionalLong pid = pid();
        return pid.isPresent() ? ProcessUsage.cpuMillis(pid.getAsLong()) : -1;
    }

    /** One probe: {@code GET /actuator/health} answered 200 with "UP" in the body. */
    public boolean isHealthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(healthUrl()))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Polls {@code /actuator/health} until it reports UP.
     *
     * @throws LocalStackException with the tail of the service's log if the process exits first or
     *                             the timeout passes
     */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process p;
            synchronized (this) {
                p = process;
            }
            if (p == null) {
                throw new IllegalStateException(name() + " has not been started");
            }
            if (isHealthy()) {
                return;
            }
            if (!p.isAlive()) {
                throw new LocalStackException(name() + " exited with code " + p.exitValue()
                        + " before it became healthy. Last lines of " + logFile + ":" + System.lineSeparator()
                        + logTail(40));
            }
            if (System.nanoTime() >= deadline) {
                throw new LocalStackException(name() + " did not report UP on " + healthUrl() + " within "
                        + timeout.toSeconds() + " s. Last lines of " + logFile + ":" + System.lineSeparator()
                        + logTail(40));
            }
            KafkaBroker.sleepQuietly(250);
        }
    }

    /** The last {@code lines} lines of the service's log file ("" if there is none). */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), java.util.Arrays.asList(all).subList(from, all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private void exited(Process p) {
        if (!stopRequested && p == currentProcess()) {
            events.accept(name() + " exited unexpectedly with code " + p.exitValue() + "; see " + logFile);
        }
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    /** A child left over by a launcher that was killed with -9 would hold the port: end it. */
    void killStaleProcess() {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long stalePid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(stalePid);
            if (handle.isPresent() && handle.get().isAlive()) {
                String commandLine = handle.get().info().commandLine().orElse("");
                if (commandLine.contains(jar.getFileName().toString())) {
                    events.accept("Ending " + name() + " left over from an earlier run (pid " + stalePid + ")");
                    handle.get().destroyForcibly();
                    // not our child, so onExit() would only poll slowly: check for it quickly ourselves
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    while (handle.get().isAlive() && System.nanoTime() < deadline) {
                        KafkaBroker.sleepQuietly(50);
                    }
                }
            }
        } catch (Exception e) {
            // unreadable pid file or process already gone: nothing to clean up
        }
        deletePidFile();
    }

    private void writePidFile(long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException ignored) {
            // only used to clean up after a crashed launcher
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // see writePidFile
        }
    }

    @Override
    public String toString() {
        return "ServiceProcess[" + name() + " " + baseUrl() + "]";
    }

    /** The environment of a process that keeps no data in the store (identity, gateway). */
    static Map<String, String> baseEnvironment(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        return env;
    }

    static Map<String, String> baseEnvironment(int port, String mongoUri, String kafkaBrokers) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BROKERS", kafkaBrokers);
        return env;
    }
}
