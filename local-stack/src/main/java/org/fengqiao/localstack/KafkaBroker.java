package org.fengqiao.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is both broker and controller), run
 * in-process from Kafka's own server classes. Its data lives in {@link #logDir()}; the storage is
 * formatted (with a fresh cluster id) only when that directory has no {@code meta.properties} yet,
 * so a broker started again on the same directory keeps its topics and records.
 *
 * <pre>{@code
 * KafkaBroker broker = KafkaBroker.builder()
 *         .logDir(tempDir.resolve("kafka"))
 *         .port(Ports.freePort())
 *         .controllerPort(Ports.freePort())
 *         .start();
 * String bootstrap = broker.bootstrapServers();
 * ...
 * broker.stop();
 * }</pre>
 */
public final class KafkaBroker implements AutoCloseable {

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);

    private static final int NODE_ID = 1;
    private static final int PARTITIONS = 3;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private final boolean quietLogging;
    private final Duration startTimeout;
    /** With logins: SASL on both listeners and {@link BrokerAccess}'s grants; without: open (plaintext, no ACLs). */
    private final BrokerLogins logins;

    private KafkaRaftServer server;
    private String clusterId;

    private KafkaBroker(Builder builder) {
        this.logDir = Objects.requireNonNull(builder.logDir, "logDir").toAbsolutePath().normalize();
        this.port = builder.port;
        this.controllerPort = builder.controllerPort;
        this.overrides = Map.copyOf(builder.overrides);
        this.quietLogging = builder.quietLogging;
        this.startTimeout = builder.startTimeout;
        this.logins = builder.logins;
        if (port <= 0 || controllerPort <= 0 || port == controllerPort) {
            throw new IllegalArgumentException("Kafka needs two distinct fixed ports, got port=" + port
                    + " controllerPort=" + controllerPort + " (use Ports.freePort())");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the storage if this is the first start on {@link #logDir()}, starts the broker and
     * waits until it answers a cluster description request.
     */
    public synchronized KafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker is already running on " + bootstrapServers());
        }
        if (quietLogging) {
            QuietLogging.apply();
        }
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new LocalStackException("Cannot create Kafka log directory " + logDir, e);
        }
        if (logins != null) {
            logins.keep();
        }
        Properties props = serverProperties();
        formatIfNeeded(props);

        KafkaRaftServer raftServer = null;
        try {
            raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            raftServer.startup();
        } catch (RuntimeException e) {
            if (raftServer != null) {
                try {
                    raftServer.shutdown();
                    raftServer.awaitShutdown();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new LocalStackException("Kafka broker failed to start (log dir " + logDir + "): " + e, e);
        }
        server = raftServer;
        try {
            awaitReady(startTimeout);
            if (logins != null) {
                try (Admin admin = Admin.create(adminConfig())) {
                    BrokerAccess.apply(admin, logins, PARTITIONS);
                }
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    /** Controlled shutdown; blocks until the broker and controller have stopped. Idempotent. */
    public synchronized void stop() {
        KafkaRaftServer raftServer = server;
        server = null;
        if (raftServer != null) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers} / {@code KAFKA_BROKERS}. */
    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDir() {
        return logDir;
    }

    /**
     * What a client needs besides {@link #bootstrapServers()} to sign in as {@code principal} (one
     * of {@link BrokerAccess#allPrincipals()}); nothing on a broker without logins.
     */
    public Map<String, Object> clientProperties(String principal) {
        return logins == null ? Map.of() : logins.clientProperties(principal);
    }

    /** Whether clients must sign in (SASL/SCRAM) and are held to {@link BrokerAccess}'s grants. */
    public boolean secured() {
        return logins != null;
    }

    /** The cluster id stored in {@code meta.properties} (known once the broker has been started). */
    public synchronized String clusterId() {
        return clusterId;
    }

    /** The broker configuration this class generates (plus the builder's overrides). */
    public Properties serverProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + Ports.LOOPBACK + ":" + controllerPort);
        String listener = logins == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        p.put("listeners", listener + "://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", listener + "://" + Ports.LOOPBACK + ":" + port);
        p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:" + listener);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", listener);
        if (logins != null) {
            secure(p);
        }
        p.put("log.dirs", logDir.toString());
        // topics
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", Integer.toString(PARTITIONS));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // after a crash (kill -9) the new broker incarnation can register only once the old one's
        // session has expired: 4 s instead of the default 9 s (heartbeats are in-process anyway)
        p.put("broker.heartbeat.interval.ms", "1000");
        p.put("broker.session.timeout.ms", "4000");
        // a developer machine, not a data centre: fewer threads, smaller buffers
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        p.put("group.coordinator.threads", "1");
        p.put("share.coordinator.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        p.put("log.retention.hours", "168");
        p.putAll(overrides);
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /**
     * SASL on both listeners: the platform's principals sign in with SCRAM-SHA-256 (their
     * credentials are in the cluster's metadata, set by {@link BrokerAccess#apply}); the broker's
     * own administrator, which the broker and its controller also use between themselves, with
     * PLAIN (its password is only in this configuration, so it works before any SCRAM login
     * exists). Every request is authorized: what {@link BrokerAccess} does not grant is refused.
     */
    private void secure(Map<String, String> p) {
        String plain = logins.adminServerJaas();
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", BrokerAccess.SCRAM_MECHANISM + ",PLAIN");
        p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plain);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", plain);
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + BrokerAccess.ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new LinkedHashMap<>(clientProperties(BrokerAccess.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return config;
    }

    private void formatIfNeeded(Properties props) {
        Path metaProperties = logDir.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            clusterId = readClusterId(metaProperties);
            return;
        }
        String newClusterId = Uuid.randomUuid().toString();
        Path config = null;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            config = Files.createTempFile("local-stack-kafka-", ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "generated by local-stack for the storage format step");
            }
            int exit;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exit = StorageTool.execute(new String[] {
                        "format", "--config", config.toString(), "--cluster-id", newClusterId
                }, print);
            }
            if (exit != 0) {
                throw new LocalStackException("Formatting Kafka storage in " + logDir + " failed (exit " + exit + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new LocalStackException("Formatting Kafka storage in " + logDir + " failed", e);
        } catch (LocalStackException e) {
            throw e;
        } catch (Exception e) {
            throw new LocalStackException("Formatting Kafka storage in " + logDir + " failed: " + e.getMessage()
                    + " " + output.toString(StandardCharsets.UTF_8), e);
        } finally {
            if (config != null) {
                try {
                    Files.deleteIfExists(config);
                } catch (IOException ignored) {
                    // a temp file; the OS cleans it up eventually
                }
            }
        }
        clusterId = readClusterId(metaProperties);
    }

    private static String readClusterId(Path metaProperties) {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            meta.load(in);
        } catch (IOException e) {
            throw new LocalStackException("Cannot read " + metaProperties, e);
        }
        return meta.getProperty("cluster.id");
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminConfig())) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes().get(6, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LocalStackException("Interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    last = e;
                }
                sleepQuietly(200);
            }
        }
        throw new LocalStackException("Kafka broker on " + bootstrapServers() + " did not become ready within "
                + timeout.toSeconds() + " s" + (last == null ? "" : ": " + last), last);
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted", e);
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", controller " + controllerPort + ", " + logDir + "]";
    }

    public static final class Builder {
        private Path logDir;
        private int port = DEFAULT_PORT;
        private int controllerPort = DEFAULT_CONTROLLER_PORT;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private boolean quietLogging = true;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private BrokerLogins logins;

        private Builder() {
        }

        /**
         * Secures the broker: clients sign in with these logins (SASL) and are held to
         * {@link BrokerAccess}'s grants. Without (the default), the broker is open to any client.
         */
        public Builder logins(BrokerLogins logins) {
            this.logins = logins;
            return this;
        }

        /** Directory holding the broker's data ({@code log.dirs}); created if missing. Required. */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /** Client port on 127.0.0.1 (default 9092). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** KRaft controller port on 127.0.0.1 (default 9093). */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Overrides or adds one broker setting of the generated server.properties. */
        public Builder property(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** Turn Kafka's own loggers down to WARN (default true; explicit logger levels win). */
        public Builder quietLogging(boolean quietLogging) {
            this.quietLogging = quietLogging;
            return this;
        }

        /** How long {@link KafkaBroker#start()} waits for the broker to answer (default 90 s). */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public KafkaBroker build() {
            return new KafkaBroker(this);
        }

        /** {@code build().start()}. */
        public KafkaBroker start() {
            return build().start();
        }
    }
}
