package org.fengqiao.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-compatible server (mongo-java-server) in-process, storing its data in one H2 MVStore
 * file, so documents survive a restart. {@link #stop()} closes the store so the file is consistent.
 * It also answers the {@code hello} command (see {@link CompatibleH2Backend}), which Spring Boot's
 * MongoDB health indicator uses.
 *
 * <pre>{@code
 * EmbeddedMongo mongo = EmbeddedMongo.builder()
 *         .file(tempDir.resolve("mongo.mv"))
 *         .port(0)              // 0 = any free port
 *         .start();
 * String uri = mongo.uri("dispute");   // mongodb://127.0.0.1:<port>/dispute
 * mongo.stop();
 * }</pre>
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final int DEFAULT_PORT = 27017;

    private final Path file;
    private final int requestedPort;
    private final boolean quietLogging;

    private MongoServer server;
    private H2Backend backend;
    private int boundPort = -1;

    private EmbeddedMongo(Builder builder) {
        this.file = Objects.requireNonNull(builder.file, "file").toAbsolutePath().normalize();
        this.requestedPort = builder.port;
        this.quietLogging = builder.quietLogging;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens (or creates) the store file and starts listening on 127.0.0.1. */
    public synchronized EmbeddedMongo start() {
        if (server != null) {
            throw new IllegalStateException("Embedded MongoDB is already running on port " + boundPort);
        }
        if (quietLogging) {
            QuietLogging.apply();
        }
        if (requestedPort != 0) {
            Ports.requireFree(requestedPort, "MongoDB");
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LocalStackException("Cannot create directory for " + file, e);
        }
        H2Backend h2;
        try {
            h2 = new CompatibleH2Backend(file.toString());
        } catch (RuntimeException e) {
            throw new LocalStackException("Cannot open MongoDB store " + file
                    + " (is another local stack using this data dir?): " + e.getMessage(), e);
        }
        MongoServer mongoServer = new MongoServer(h2);
        try {
            mongoServer.bind(Ports.LOOPBACK, requestedPort);
        } catch (RuntimeException e) {
            h2.close();
            throw new LocalStackException("Embedded MongoDB could not listen on " + Ports.LOOPBACK + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
        InetSocketAddress address = mongoServer.getLocalAddress();
        boundPort = address.getPort();
        backend = h2;
        server = mongoServer;
        return this;
    }

    /** Closes client connections, stops listening and closes the H2 store. Idempotent. */
    public synchronized void stop() {
        MongoServer mongoServer = server;
        server = null;
        backend = null;
        if (mongoServer != null) {
            // shutdownNow() closes the clients, the event loops and finally the backend (the MVStore)
            mongoServer.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port listened on (the actual one when started with port 0). */
    public synchronized int port() {
        return server != null ? boundPort : requestedPort;
    }

    public Path file() {
        return file;
    }

    /** {@code mongodb://127.0.0.1:<port>}. */
    public String connectionString() {
        return "mongodb://" + Ports.LOOPBACK + ":" + port();
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>}, as passed to the services in {@code MONGODB_URI}. */
    public String uri(String database) {
        return connectionString() + "/" + database;
    }

    /** Forces the H2 store to write what it has to disk now (normally it does so every second). */
    public synchronized void commit() {
        if (backend != null) {
            backend.commit();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMongo[" + connectionString() + ", " + file + "]";
    }

    public static final class Builder {
        private Path file;
        private int port = DEFAULT_PORT;
        private boolean quietLogging = true;

        private Builder() {
        }

        /** The H2 MVStore file, e.g. {@code <dataDir>/mongo.mv}; created if missing. Required. */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** Port on 127.0.0.1 (default 27017; 0 picks a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Turn mongo-java-server's and Netty's loggers down to WARN (default true). */
        public Builder quietLogging(boolean quietLogging) {
            this.quietLogging = quietLogging;
            return this;
        }

        public EmbeddedMongo build() {
            return new EmbeddedMongo(this);
        }

        /** {@code build().start()}. */
        public EmbeddedMongo start() {
            return build().start();
        }
    }
}
