package org.fengqiao.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.identity.IdentityApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The provider started for real, on a random port, with its own data directory: the way it runs in a
 * deployment, so the tests talk to it over HTTP like the apps and the services do. Settings are
 * passed as command-line arguments, which win over {@code application.yml} and the environment.
 */
public final class RunningIdentity implements AutoCloseable {

    /** The issuer the tests configure; every token's {@code iss} must be exactly this. */
    public static final String ISSUER = "http://identity.test:9000";
    public static final String PASSWORD = "correct horse battery staple";

    private static RunningIdentity shared;

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private RunningIdentity(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static Builder on(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * The provider with the tests' defaults, started once for every test class that needs nothing
     * else (a class that changes a setting or restarts it starts its own); it stops with the tests'
     * JVM, and its data directory goes with it.
     */
    public static synchronized RunningIdentity shared() {
        if (shared == null) {
            try {
                Path dataDir = Files.createTempDirectory("identity-test-");
                shared = on(dataDir).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.close();
                    FileSystemUtils.deleteRecursively(dataDir.toFile());
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    public static final class Builder {

        private final List<String> arguments = new ArrayList<>();
        private final List<String> profiles = new ArrayList<>();

        private Builder(Path dataDir) {
            set("server.port", "0");
            set("identity.data-dir", dataDir.toString());
            set("identity.issuer", ISSUER);
            set("identity.people.password", PASSWORD);
            set("identity.keys.rotate", "false");
        }

        public Builder set(String property, String value) {
            arguments.removeIf(argument -> argument.startsWith("--" + property + "="));
            arguments.add("--" + property + "=" + value);
            return this;
        }

        public Builder profile(String profile) {
            profiles.add(profile);
            return this;
        }

        public RunningIdentity start() {
            return new RunningIdentity(new SpringApplicationBuilder(IdentityApplication.class)
                    .profiles(profiles.toArray(String[]::new))
                    .run(arguments.toArray(String[]::new)));
        }
    }
}
