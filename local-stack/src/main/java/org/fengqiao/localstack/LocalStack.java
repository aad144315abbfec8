package org.fengqiao.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: a real Kafka broker ({@link KafkaBroker}), an embedded
 * MongoDB-compatible store ({@link EmbeddedMongo}) and the services as child JVMs
 * ({@link ServiceProcess}). Used by the {@link LocalStackLauncher} command and, as a library, by
 * the system tests:
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder()
 *         .dataDir(tempDir)
 *         .freePorts()                       // Kafka, controller, Mongo and every service
 *         .start()) {                        // returns once every service reports UP
 *     ServiceProcess disputes = stack.service("dispute-service");
 *     disputes.kill();                       // kill -9
 *     disputes.start().awaitHealthy(Duration.ofSeconds(120));
 * }
 * }</pre>
 *
 * <p>Data directory layout: {@code kafka/} (broker log dir), {@code mongo.mv} (H2 store),
 * {@code logs/<service>.log}, {@code run/} (pid files, working directory of the services).
 */
public final class LocalStack implements AutoCloseable {

    public static final String REPO_ROOT_ENV = "LOCAL_STACK_REPO_ROOT";
    public static final String REPO_ROOT_PROPERTY = "localstack.repoRoot";
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(180);

    /**
     * JVM options for each service. Measured on 2 cores with a Spring Boot 4 app of the services'
     * shape (web MVC, actuator + Prometheus, springdoc, MongoDB, Kafka producer and listener) against
     * this stack: with plain {@code -Xmx256m} one app started in 7.3 s at 265 MiB resident; with these
     * options in 5.3 s at 190 MiB (metaspace 67 MiB used, code cache 10 MiB). Four started in
     * parallel were all healthy after 17.5 s at about 180 MiB each.
     *
     * <p>Sized so that a service stays under 400 MB resident under a sustained load (README,
     * "Capacity benchmark"). At 200 reports/s dispute-service has about 60 MB live after a full
     * collection, but between full collections the collector grows the heap to its cap, and Tomcat
     * adds request threads (up to 200) while requests queue: with a 256 MB cap and 200 threads it was
     * at 438 MiB after five minutes. The heap is capped at 144 MB and kept between 20% and 40% free
     * (the collector's defaults are 40% and 70%), and a service takes at most 64 requests at once
     * (the others wait in Tomcat's queue): eight minutes at the same rate held it at 362 MiB
     * (380 MB) once the heap had reached its cap. With 160 MB it settled at 380 MiB (399 MB).
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of(
            "-Xms32m", "-Xmx144m",
            "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:MaxMetaspaceSize=160m",
            "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dserver.tomcat.threads.max=64",
            "-Djava.awt.headless=true");

    /** Zipkin keeps the traces it shows in its heap: it gets the services' options with a larger heap. */
    static final List<String> ZIPKIN_EXTRA_JVM_OPTIONS = List.of("-Xmx256m");

    /** Threads for the parallel start/stop steps (the common pool has one thread on a 2-core machine). */
    static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-stack-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final Path dataDir;
    private final Path repoRoot;
    private final KafkaBroker kafka;
    private final EmbeddedMongo mongo;
    private final LocalMailServer mail;
    private final Map<String, ServiceProcess> services;
    private final boolean awaitHealthy;
    private final Duration healthTimeout;
    private final Consumer<String> events;
    private final String identityUrl;
    private final String gatewayUrl;

    /** The sign-in password of every made-up person on the local stack (the {@code local} profile of identity). */
    public static final String DEMO_PASSWORD = "demo";

    private enum State { NEW, STARTING, RUNNING, STOPPING, STOPPED }

    private final Object stateLock = new Object();
    private final Object stopMonitor = new Object();
    private State state = State.NEW;
    private FileChannel lockChannel;
    private FileLock lock;
    private volatile Duration startupTime = Duration.ZERO;

    private LocalStack(Builder b) {
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.events = b.events;
        this.awaitHealthy = b.awaitHealthy;
        this.healthTimeout = b.healthTimeout;
        int kafkaPort = b.kafkaPort;
        int controllerPort = b.kafkaControllerPort;
        int mongoPort = b.mongoPort;
        Map<String, Integer> ports = new LinkedHashMap<>(b.servicePorts);
        if (b.freePorts) {
            kafkaPort = b.kafkaPortSet ? kafkaPort : Ports.freePort();
            controllerPort = b.kafkaControllerPortSet ? controllerPort : Ports.freePort();
            mongoPort = b.mongoPortSet ? mongoPort : Ports.freePort();
            for (String name : b.services) {
                ports.computeIfAbsent(name, n -> Ports.freePort());
            }
        }
        int smtpPort = b.freePorts && !b.smtpPortSet ? Ports.freePort() : b.smtpPort;
        this.mail = new LocalMailServer(smtpPort);
        if (mongoPort == 0) {
            // the services' MONGODB_URI is fixed before the start, so "any port" is picked here
            mongoPort = Ports.freePort();
        }
        BrokerLogins logins = BrokerLogins.in(dataDir);
        this.kafka = KafkaBroker.builder()
                .logDir(dataDir.resolve("kafka"))
                .logins(logins)
                .port(kafkaPort)
                .controllerPort(controllerPort)
                .quietLogging(b.quietLogging)
                .build();
        this.mongo = EmbeddedMongo.builder()
                .file(dataDir.resolve("mongo.mv"))
                .port(mongoPort)
                .quietLogging(b.quietLogging)
                .build();
        this.repoRoot = b.services.isEmpty() ? b.repoRoot : resolveRepoRoot(b.repoRoot);
        String version = version();
        Map<String, Integer> resolved = new LinkedHashMap<>();
        for (ServiceDefinition definition : ServiceDefinition.ALL) {
            resolved.put(definition.name(), ports.getOrDefault(definition.name(), definition.defaultPort()));
        }
        this.identityUrl = "http://localhost:" + resolved.get(ServiceDefinition.IDENTITY.name());
        this.gatewayUrl = "http://localhost:" + resolved.get(ServiceDefinition.GATEWAY.name());
        Map<String, ServiceProcess> processes = new LinkedHashMap<>();
        for (String name : b.services) {
            ServiceDefinition definition = ServiceDefinition.require(name);
            int port = resolved.get(name);
            Map<String, String> env = definition.hasDatabase()
                    ? ServiceProcess.baseEnvironment(port, mongo.uri(definition.database()), kafka.bootstrapServers())
                    : ServiceProcess.baseEnvironment(port);
            env.put("SMTP_HOST", Ports.LOOPBACK);
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.putAll(securityEnvironment(definition, resolved, dataDir));
            if (definition.hasDatabase()) {
                // each service signs in to the broker as itself (BrokerAccess: what it may write and read)
                env.putAll(logins.environment(definition.name()));
            }
            env.putAll(b.environment);
            env.putAll(b.serviceEnvironment.getOrDefault(name, Map.of()));
            processes.put(name, new ServiceProcess(definition, name, port, definition.jar(repoRoot, version),
                    dataDir.resolve("run"), dataDir.resolve("logs").resolve(name + ".log"),
                    dataDir.resolve("run").resolve(name + ".pid"), b.jvmOptionsOf(name), env, events));
            for (int instance = 2; instance <= b.instances.getOrDefault(name, 1); instance++) {
                // the same service again: same database, same consumer groups (the instances share the partitions)
                String instanceName = name + "-" + instance;
                int instancePort = b.freePorts ? Ports.freePort() : port + 100 * (instance - 1);
                Map<String, String> instanceEnv = new LinkedHashMap<>(env);
                instanceEnv.put("SERVER_PORT", String.valueOf(instancePort));
                // its pending events name it, so a second replica's sweep leaves them to its relay
                instanceEnv.put("PLATFORM_INSTANCE_ID", instanceName);
                processes.put(instanceName, new ServiceProcess(definition, instanceName, instancePort, definition.jar(repoRoot, version),
                        dataDir.resolve("run"), dataDir.resolve("logs").resolve(instanceName + ".log"),
                        dataDir.resolve("run").resolve(instanceName + ".pid"), b.jvmOptionsOf(name), instanceEnv, events));
            }
        }
        if (b.zipkin) {
            int port = ports.getOrDefault(ServiceDefinition.ZIPKIN.name(), b.freePorts ? Ports.freePort() : ServiceDefinition.ZIPKIN.defaultPort());
            Map<String, String> env = ServiceProcess.baseEnvironment(port);
            env.put("QUERY_PORT", String.valueOf(port));
            // one process of the trace backend first: what starts after it can report to it at once
            Map<String, ServiceProcess> withZipkin = new LinkedHashMap<>();
            withZipkin.put(ServiceDefinition.ZIPKIN.name(), new ServiceProcess(ServiceDefinition.ZIPKIN, ServiceDefinition.ZIPKIN.name(), port,
                    zipkinJar(repoRoot == null ? resolveRepoRoot(b.repoRoot) : repoRoot), dataDir.resolve("run"),
                    dataDir.resolve("logs").resolve("zipkin.log"), dataDir.resolve("run").resolve("zipkin.pid"),
                    Stream.concat(b.jvmOptions.stream(), ZIPKIN_EXTRA_JVM_OPTIONS.stream()).toList(), env, events));
            processes.forEach((name, process) -> withZipkin.put(name, process.withEnvironment(tracingEnvironment(process.definition(), port))));
            processes = withZipkin;
        }
        this.services = processes;
    }

    /** The Zipkin server version {@code local-stack/run.sh --zipkin} fetches. */
    public static final String ZIPKIN_VERSION = "3.6.1";

    /** Where {@code local-stack/run.sh --zipkin} puts Zipkin's server jar (it fetches it from Maven Central once). */
    public static final String ZIPKIN_JAR_DIR = "local-stack/target/zipkin";

    /** The newest {@code zipkin-server-*-exec.jar} under {@link #ZIPKIN_JAR_DIR}, or where it should be. */
    static Path zipkinJar(Path repoRoot) {
        Path dir = repoRoot.resolve(ZIPKIN_JAR_DIR);
        try (java.util.stream.Stream<Path> jars = Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.empty()) {
            return jars.filter(jar -> jar.getFileName().toString().matches("zipkin-server-.*-exec\\.jar")).sorted()
                    .reduce((first, second) -> second).orElse(dir.resolve("zipkin-server-exec.jar"));
        } catch (java.io.IOException e) {
            throw new LocalStackException("Cannot list " + dir + ": " + e.getMessage());
        }
    }

    /**
     * With Zipkin on: the gateway and the services send their spans to it; the console links each
     * flow to its trace there.
     */
    static Map<String, String> tracingEnvironment(ServiceDefinition definition, int zipkinPort) {
        Map<String, String> env = new LinkedHashMap<>();
        if (definition.equals(ServiceDefinition.OPS_CONSOLE)) {
            env.put("OPS_CONSOLE_TRACE_URL", "http://localhost:" + zipkinPort + "/zipkin/traces/{traceId}");
        } else if (!definition.equals(ServiceDefinition.IDENTITY)) {
            env.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true");
            env.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", "http://" + Ports.LOOPBACK + ":" + zipkinPort + "/api/v2/spans");
        }
        return env;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * How the local stack wires sign-in: the identity provider runs with its {@code local} profile
     * (the demo password, default secrets for the outside systems, the development token
     * shortcut), issuing tokens as {@code http://localhost:<port>}; every service and the gateway
     * trust exactly that issuer; the gateway reaches the services on the loopback address;
     * notification-service may call plain-http webhooks (on this machine only).
     */
    static Map<String, String> securityEnvironment(ServiceDefinition definition, Map<String, Integer> ports, Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        String issuer = "http://localhost:" + ports.get(ServiceDefinition.IDENTITY.name());
        String gateway = "http://localhost:" + ports.get(ServiceDefinition.GATEWAY.name());
        env.put("PLATFORM_SECURITY_ISSUER_URI", issuer);
        if (definition.equals(ServiceDefinition.IDENTITY)) {
            env.put("SPRING_PROFILES_ACTIVE", "local");
            env.put("IDENTITY_ISSUER", issuer);
            env.put("IDENTITY_PEOPLE_PASSWORD", DEMO_PASSWORD);
            env.put("IDENTITY_DATA_DIR", dataDir.resolve("identity").toString());
            env.put("IDENTITY_SWAGGER_UI_REDIRECT_URIS", gateway + "/swagger-ui/oauth2-redirect.html");
            env.put("IDENTITY_OPS_CONSOLE_REDIRECT_URIS", gateway + "/ops/login/oauth2/code/ops-console");
            env.put("IDENTITY_CORS_ALLOWED_ORIGINS", gateway);
        } else if (definition.equals(ServiceDefinition.GATEWAY)) {
            for (ServiceDefinition service : ServiceDefinition.DOMAIN_SERVICES) {
                env.put(service.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URI",
                        "http://" + Ports.LOOPBACK + ":" + ports.get(service.name()));
            }
            env.put("OPS_CONSOLE_URI", "http://" + Ports.LOOPBACK + ":" + ports.get(ServiceDefinition.OPS_CONSOLE.name()));
        } else if (definition.equals(ServiceDefinition.OPS_CONSOLE)) {
            // the console calls the services through the front door, as the signed-in operator
            env.put("OPS_CONSOLE_GATEWAY_URL", gateway);
        } else if (definition.equals(ServiceDefinition.NOTIFICATION)) {
            env.put("NOTIFICATION_WEBHOOK_ALLOW_HTTP", "true");
        }
        return env;
    }

    /**
     * Starts Mongo and Kafka (in parallel), then every service (in parallel) and, unless disabled,
     * waits until each reports UP. On any failure everything already started is stopped again.
     *
     * @throws LocalStackException naming the missing jars, the busy port, or the service that did
     *                             not become healthy (with the tail of its log)
     */
    public LocalStack start() {
        synchronized (stateLock) {
            if (state != State.NEW && state != State.STOPPED) {
                throw new IllegalStateException("Local stack is " + state.name().toLowerCase());
            }
            state = State.STARTING;
        }
        try {
            doStart();
        } catch (RuntimeException e) {
            try {
                stop();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return this;
    }

    private void doStart() {
        long t0 = System.nanoTime();
        ServiceProcess zipkin = services.get(ServiceDefinition.ZIPKIN.name());
        if (zipkin != null && !Files.isRegularFile(zipkin.jar())) {
            throw new LocalStackException("Zipkin's server jar is not in " + zipkin.jar().getParent()
                    + ": start with local-stack/run.sh --zipkin, which fetches it from Maven Central (io.zipkin:zipkin-server:"
                    + ZIPKIN_VERSION + ":exec) once");
        }
        List<Path> missing = services.values().stream().map(ServiceProcess::jar)
                .filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException(missingJarsMessage(missing));
        }
        for (ServiceProcess service : services.values()) {
            service.killStaleProcess();
        }
        Ports.requireFree(kafka.port(), "Kafka broker");
        Ports.requireFree(kafka.controllerPort(), "Kafka controller");
        if (mongo.port() != 0) {
            Ports.requireFree(mongo.port(), "MongoDB");
        }
        Ports.requireFree(mail.port(), "SMTP server");
        for (ServiceProcess service : services.values()) {
            Ports.requireFree(service.port(), service.name());
        }
        lockDataDir();
        mail.start();
        events.accept("SMTP server (GreenMail, keeps e-mail in memory) listening on " + Ports.LOOPBACK + ":" + mail.port());
        CompletableFuture<Void> mongoStart = CompletableFuture.runAsync(() -> {
            long t = System.nanoTime();
            mongo.start();
            events.accept("MongoDB (H2 store " + dataDir.relativize(mongo.file()) + ") listening on "
                    + mongo.connectionString() + " [" + millisSince(t) + " ms]");
        }, WORKERS);
        CompletableFuture<Void> kafkaStart = CompletableFuture.runAsync(() -> {
            long t = System.nanoTime();
            kafka.start();
            events.accept("Kafka broker (KRaft, cluster " + kafka.clusterId() + ") listening on "
                    + kafka.bootstrapServers() + " [" + millisSince(t) + " ms]");
        }, WORKERS);
        joinAll(List.of(mongoStart, kafkaStart));
        for (ServiceProcess service : services.values()) {
            synchronized (stateLock) {
                requireStarting();
                service.start();
            }
            events.accept("Started " + service.name() + " (pid " + service.pid().orElse(-1) + ") on port "
                    + service.port() + ", log " + service.logFile());
        }
        if (awaitHealthy && !services.isEmpty()) {
            events.accept("Waiting up to " + healthTimeout.toSeconds() + " s for "
                    + services.keySet() + " to report UP ...");
            awaitHealthy(healthTimeout);
        }
        synchronized (stateLock) {
            requireStarting();
            state = State.RUNNING;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - t0);
    }

    private void requireStarting() {
        if (state != State.STARTING) {
            throw new LocalStackException("Start-up aborted: the local stack is being stopped");
        }
    }

    /** Whether {@link #start()} has completed and {@link #stop()} has not been called since. */
    public boolean isRunning() {
        synchronized (stateLock) {
            return state == State.RUNNING;
        }
    }

    /** Waits (in parallel) until every service reports UP; see {@link ServiceProcess#awaitHealthy}. */
    public void awaitHealthy(Duration timeout) {
        List<CompletableFuture<Void>> checks = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            checks.add(CompletableFuture.runAsync(() -> {
                long t = System.nanoTime();
                service.awaitHealthy(timeout);
                events.accept(service.name() + " is UP [" + millisSince(t) / 100 / 10.0 + " s]");
            }, WORKERS));
        }
        joinAll(checks);
    }

    /**
     * Stops the services (SIGTERM, up to 20 s each, in parallel, then kill), then Kafka (controlled
     * shutdown), then Mongo (closing the H2 store). Idempotent.
     */
    public void stop() {
        synchronized (stopMonitor) {
            synchronized (stateLock) {
                if (state == State.NEW || state == State.STOPPED) {
                    return;
                }
                state = State.STOPPING;
            }
            try {
                doStop();
            } finally {
                synchronized (stateLock) {
                    state = State.STOPPED;
                }
            }
        }
    }

    private void doStop() {
        RuntimeException failure = null;
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            if (service.isAlive()) {
                events.accept("Stopping " + service.name() + " ...");
            }
            stops.add(service.stopAsync(ServiceProcess.DEFAULT_STOP_GRACE));
        }
        try {
            joinAll(stops);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            if (kafka.isRunning()) {
                events.accept("Stopping Kafka broker ...");
            }
            kafka.stop();
        } catch (RuntimeException e) {
            failure = addTo(failure, e);
        }
        try {
            if (mongo.isRunning()) {
                events.accept("Stopping MongoDB ...");
            }
            mongo.stop();
        } catch (RuntimeException e) {
            failure = addTo(failure, e);
        }
        try {
            mail.stop();
        } catch (RuntimeException e) {
            failure = addTo(failure, e);
        }
        releaseLock();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public LocalMailServer mail() {
        return mail;
    }

    /** The handle of one service (e.g. {@code "dispute-service"}); throws if it is not part of this stack. */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " is not part of this stack; services: " + services.keySet());
        }
        return service;
    }

    /** The services of this stack, in start order. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * What a Kafka client needs besides {@link #kafkaBootstrapServers()} to sign in to this stack's
     * broker as {@code principal} ({@link BrokerAccess}: {@code admin}, a service's name,
     * {@code ops-console} or {@code subscriber}).
     */
    public Map<String, Object> kafkaClientProperties(String principal) {
        return kafka.clientProperties(principal);
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>}. */
    public String mongoUri(String database) {
        return mongo.uri(database);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The repository root the service jars are taken from (empty when the stack has no services). */
    public Optional<Path> repoRoot() {
        return Optional.ofNullable(repoRoot);
    }

    /** {@code http://localhost:<port>} of the identity provider: the issuer of every token. */
    public String identityUrl() {
        return identityUrl;
    }

    /** {@code http://localhost:<port>} of the gateway: the one front door for client apps. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    /**
     * An access token for a made-up person (e.g. {@code CO-02}), from the identity provider's
     * development shortcut (its {@code local} profile): a real token, signed by the provider's
     * key, with the same claims as one from signing in.
     */
    public String devToken(String personId) {
        return DevTokens.fetch(identityUrl, personId);
    }

    /** Wall-clock time {@link #start()} took. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory (KiB) of this JVM ("local-stack": Kafka + Mongo) and of each running service. */
    public Map<String, Long> residentMemoryKb() {
        return byProcess(ProcessUsage.currentRssKb(), ServiceProcess::rssKb);
    }

    /**
     * CPU time (milliseconds) used so far by this JVM ("local-stack": Kafka, Mongo and whatever else
     * runs in it) and by each running service.
     */
    public Map<String, Long> cpuMillis() {
        return byProcess(ProcessUsage.currentCpuMillis(), ServiceProcess::cpuMillis);
    }

    private Map<String, Long> byProcess(long ownFigure, ToLongFunction<ServiceProcess> figure) {
        Map<String, Long> byProcess = new LinkedHashMap<>();
        byProcess.put("local-stack", ownFigure);
        for (ServiceProcess service : services.values()) {
            byProcess.put(service.name(), figure.applyAsLong(service));
        }
        return byProcess;
    }

    /** Sum of {@link #residentMemoryKb()} (processes whose figure cannot be read count as 0). */
    public long totalResidentMemoryKb() {
        return residentMemoryKb().values().stream().mapToLong(v -> Math.max(0, v)).sum();
    }

    // ---------------------------------------------------------------------------------------------

    static String missingJarsMessage(Collection<Path> missing) {
        Path root = missing.iterator().next().getParent().getParent().getParent();
        return "Missing service jar" + (missing.size() == 1 ? "" : "s") + ":" + System.lineSeparator()
                + missing.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()))
                + System.lineSeparator()
                + "Build " + (missing.size() == 1 ? "it" : "them") + " with: cd " + root
                + " && mvn -q -DskipTests install" + System.lineSeparator()
                + "(local-stack/run.sh does this for you when jars are missing or out of date)";
    }

    /** The project version the service jars carry in their names (from this module's build). */
    public static String version() {
        Properties props = new Properties();
        try (InputStream in = LocalStack.class.getResourceAsStream("/local-stack-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // fall through to the default
        }
        String version = props.getProperty("version", "");
        return version.isBlank() || version.contains("${") ? "0.1.0-SNAPSHOT" : version;
    }

    /**
     * The repository root: {@code explicit} if given, else {@value #REPO_ROOT_ENV} / the
     * {@value #REPO_ROOT_PROPERTY} system property, else the first directory at or above the
     * current one that holds a {@code pom.xml} and a {@code dispute-service/} directory.
     */
    public static Path resolveRepoRoot(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String configured = System.getProperty(REPO_ROOT_PROPERTY, System.getenv(REPO_ROOT_ENV));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return findRepoRoot(cwd).orElseThrow(() -> new LocalStackException("Cannot find the repository root (a directory "
                + "with pom.xml and dispute-service/) at or above " + cwd + ". Run from inside the repository or pass "
                + "--repo-root (or set " + REPO_ROOT_ENV + ")."));
    }

    /** Walks up from {@code start} to the first directory containing {@code pom.xml} and {@code dispute-service/}. */
    public static Optional<Path> findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("dispute-service"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private void lockDataDir() {
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                throw new LocalStackException("The data dir " + dataDir + " is in use by another local stack. "
                        + "Stop that one or use another --data-dir.");
            }
        } catch (IOException e) {
            throw new LocalStackException("Cannot create or lock the data dir " + dataDir, e);
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private static void joinAll(List<CompletableFuture<Void>> futures) {
        RuntimeException failure = null;
        for (CompletableFuture<Void> future : futures) {
            try {
                future.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new LocalStackException(String.valueOf(e.getCause()), e.getCause());
                failure = addTo(failure, cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException addTo(RuntimeException failure, RuntimeException e) {
        if (failure == null) {
            return e;
        }
        failure.addSuppressed(e);
        return failure;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    public static final class Builder {
        private Path dataDir = Path.of(".local-stack");
        private Path repoRoot;
        private int kafkaPort = KafkaBroker.DEFAULT_PORT;
        private int kafkaControllerPort = KafkaBroker.DEFAULT_CONTROLLER_PORT;
        private int mongoPort = EmbeddedMongo.DEFAULT_PORT;
        private boolean kafkaPortSet;
        private boolean kafkaControllerPortSet;
        private boolean mongoPortSet;
        private int smtpPort = LocalMailServer.DEFAULT_PORT;
        private boolean smtpPortSet;
        private boolean freePorts;
        private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
        private final Map<String, Integer> instances = new LinkedHashMap<>();
        private final LinkedHashSet<String> services = new LinkedHashSet<>(
                ServiceDefinition.ALL.stream().map(ServiceDefinition::name).toList());
        private List<String> jvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private final Map<String, List<String>> extraJvmOptions = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> serviceEnvironment = new LinkedHashMap<>();
        private boolean awaitHealthy = true;
        private Duration healthTimeout = DEFAULT_HEALTH_TIMEOUT;
        private boolean quietLogging = true;
        private boolean zipkin;
        private Consumer<String> events = LoggerFactory.getLogger(LocalStack.class)::info;

        private Builder() {
        }

        /** Where Kafka's log dir, the Mongo store, logs and pid files live (default {@code .local-stack}). */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The repository root holding {@code <service>/target/<service>-<version>-exec.jar} (default: found by walking up). */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            this.kafkaPortSet = true;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            this.kafkaControllerPortSet = true;
            return this;
        }

        /** Port of the embedded MongoDB (default 27017). */
        /** The local SMTP server's port (default 3025); the services get it as SMTP_HOST / SMTP_PORT. */
        public Builder smtpPort(int port) {
            this.smtpPort = port;
            this.smtpPortSet = true;
            return this;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = port;
            this.mongoPortSet = true;
            return this;
        }

        public Builder servicePort(String service, int port) {
            ServiceDefinition.require(service);
            servicePorts.put(service, port);
            return this;
        }

        public Builder servicePorts(Map<String, Integer> ports) {
            ports.forEach(this::servicePort);
            return this;
        }

        /** Use free ports for everything not set explicitly (for tests running next to a dev stack). */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /**
         * Runs {@code count} instances of a service (default 1): the second is named
         * {@code <service>-2}, on the service's port + 100 (or a free port with {@link #freePorts()}),
         * with the same database and consumer groups, so the instances share the topics' partitions.
         */
        public Builder instances(String service, int count) {
            ServiceDefinition.require(service);
            if (count < 1) {
                throw new IllegalArgumentException("instances of " + service + " must be at least 1, not " + count);
            }
            instances.put(service, count);
            return this;
        }

        /** Which services to run (default all four); an empty collection runs only Kafka and Mongo. */
        public Builder services(Collection<String> names) {
            names.forEach(ServiceDefinition::require);
            services.clear();
            services.addAll(names);
            return this;
        }

        public Builder services(String... names) {
            return services(List.of(names));
        }

        /** Only Kafka and Mongo. */
        public Builder noServices() {
            services.clear();
            return this;
        }

        /** JVM options of every service (replaces {@link #DEFAULT_SERVICE_JVM_OPTIONS}). */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /** JVM options added after the others for one service (and its instances): a later option wins. */
        public Builder extraJvmOptions(String service, List<String> options) {
            ServiceDefinition.require(service);
            extraJvmOptions.computeIfAbsent(service, s -> new ArrayList<>()).addAll(options);
            return this;
        }

        private List<String> jvmOptionsOf(String service) {
            List<String> all = new ArrayList<>(jvmOptions);
            all.addAll(extraJvmOptions.getOrDefault(service, List.of()));
            return all;
        }

        /** An extra environment variable for every service. */
        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        /** An extra environment variable for one service. */
        public Builder serviceEnvironment(String service, String key, String value) {
            ServiceDefinition.require(service);
            serviceEnvironment.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        /** Whether {@link LocalStack#start()} waits for every service to report UP (default true). */
        public Builder awaitHealthy(boolean awaitHealthy) {
            this.awaitHealthy = awaitHealthy;
            return this;
        }

        /** Deadline for all services to report UP (default 180 s). */
        public Builder healthTimeout(Duration timeout) {
            this.healthTimeout = timeout;
            return this;
        }

        /** Kafka / Mongo loggers at WARN (default true). */
        public Builder quietLogging(boolean quietLogging) {
            this.quietLogging = quietLogging;
            return this;
        }

        /**
         * The made-up year of the demo: dispute-service and citizen-service add a year of their work
         * when their stores are still empty, and notification-service does not raise today the
         * alerts of that made-up past (events older than a day alert no one, as ROUTINE ones never do).
         */
        public Builder demoYear() {
            serviceEnvironment("dispute-service", "DISPUTE_DEMO_SEED_YEAR", "true");
            serviceEnvironment("citizen-service", "CITIZEN_DEMO_SEED_YEAR", "true");
            return serviceEnvironment("notification-service", "NOTIFICATION_MAX_ALERT_AGE", "P1D");
        }

        /**
         * Also runs Zipkin's server (in memory, port 9411 or a free one) from
         * {@link #ZIPKIN_JAR_DIR} under the repository, and has the gateway and the services report
         * their spans to it and the console link each flow to its trace.
         */
        public Builder zipkin(boolean zipkin) {
            this.zipkin = zipkin;
            return this;
        }

        /** Receives one line per start/stop step (default: logged at INFO). */
        public Builder events(Consumer<String> events) {
            this.events = events;
            return this;
        }

        public LocalStack build() {
            return new LocalStack(this);
        }

        /** {@code build().start()}. */
        public LocalStack start() {
            return build().start();
        }
    }
}
