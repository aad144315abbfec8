package org.fengqiao.localstack;

import java.util.List;
import java.util.Optional;

/**
 * One of the platform's processes as the local stack runs it: module name (also the jar's base
 * name), default HTTP port and MongoDB database (none for the identity provider and the gateway,
 * which keep no data in the store; the console's holds its case index), and the path its web
 * application lives under (the console's is {@code /ops}, as the gateway passes it on).
 */
public record ServiceDefinition(String name, int defaultPort, String database, String contextPath) {

    public ServiceDefinition(String name, int defaultPort, String database) {
        this(name, defaultPort, database, "");
    }

    public static final ServiceDefinition IDENTITY = new ServiceDefinition("identity", 9000, null);
    public static final ServiceDefinition DISPUTE = new ServiceDefinition("dispute-service", 8081, "dispute");
    public static final ServiceDefinition PATROL = new ServiceDefinition("patrol-service", 8082, "patrol");
    public static final ServiceDefinition CITIZEN = new ServiceDefinition("citizen-service", 8083, "citizen");
    public static final ServiceDefinition NOTIFICATION = new ServiceDefinition("notification-service", 8084, "notification");
    public static final ServiceDefinition GATEWAY = new ServiceDefinition("gateway", 8080, null);
    /** The operations console (behind the gateway at /ops); its store holds the case index. */
    public static final ServiceDefinition OPS_CONSOLE = new ServiceDefinition("ops-console", 8085, "ops_console", "/ops");

    /**
     * Zipkin's server, the trace backend the launcher runs with {@code --zipkin} (in memory; its
     * jar is fetched from Maven Central by {@code local-stack/run.sh --zipkin}). Not among
     * {@link #ALL}: it is run only when asked for.
     */
    public static final ServiceDefinition ZIPKIN = new ServiceDefinition("zipkin", 9411, null);

    /** Everything, in start/print order: the identity provider, the four services, the gateway, the console. */
    public static final List<ServiceDefinition> ALL = List.of(IDENTITY, DISPUTE, PATROL, CITIZEN, NOTIFICATION, GATEWAY, OPS_CONSOLE);

    /** The four services with their own databases and topics. */
    public static final List<ServiceDefinition> DOMAIN_SERVICES = List.of(DISPUTE, PATROL, CITIZEN, NOTIFICATION);

    public static Optional<ServiceDefinition> byName(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Like {@link #byName(String)} but throws an {@link IllegalArgumentException} listing the known names. */
    public static ServiceDefinition require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name
                + "'; known services: " + ALL.stream().map(ServiceDefinition::name).toList()));
    }

    /** Whether it keeps data in the store and talks to the broker. */
    public boolean hasDatabase() {
        return database != null;
    }

    /** {@code <repoRoot>/<name>/target/<name>-<version>-exec.jar}. */
    public java.nio.file.Path jar(java.nio.file.Path repoRoot, String version) {
        return repoRoot.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
    }
}
