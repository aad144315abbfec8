package org.fengqiao.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link LocalStackLauncher}. */
public final class LauncherOptions {

    Path dataDir = Path.of(".local-stack");
    Path repoRoot;
    List<String> services = ServiceDefinition.ALL.stream().map(ServiceDefinition::name).toList();
    boolean demoData = true;
    boolean zipkin;
    int kafkaPort = KafkaBroker.DEFAULT_PORT;
    int kafkaControllerPort = KafkaBroker.DEFAULT_CONTROLLER_PORT;
    int mongoPort = EmbeddedMongo.DEFAULT_PORT;
    int smtpPort = LocalMailServer.DEFAULT_PORT;
    final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    Duration healthTimeout = LocalStack.DEFAULT_HEALTH_TIMEOUT;
    List<String> serviceJvmOptions = LocalStack.DEFAULT_SERVICE_JVM_OPTIONS;
    boolean help;

    private static final java.util.Set<String> VALUED = java.util.Set.of("data-dir", "repo-root", "services",
            "kafka-port", "kafka-controller-port", "mongo-port", "smtp-port", "port", "ports", "health-timeout", "service-jvm-opts");

    public static final String USAGE = """
            Usage: local-stack/run.sh [options]
                   java -jar local-stack/target/local-stack-<version>-exec.jar [options]

            Starts a real Kafka broker (KRaft), an embedded MongoDB-compatible store, the identity
            provider, the four services, the gateway and the operations console on this machine,
            waits until they are healthy and runs until Ctrl-C.

            Options (--name=value or --name value):
              --data-dir=DIR             data directory (default: .local-stack in the current directory)
              --services=A,B             processes to run (default: all; --services= runs only Kafka and Mongo)
                                         known: identity, dispute-service, patrol-service, citizen-service,
                                         notification-service, gateway, ops-console
              --no-demo-data             do not load the made-up demo data on the first start
              --zipkin                   also run Zipkin's server (http://localhost:9411/zipkin/, in memory): the
                                         gateway and the services report their spans, the console links each flow
                                         to its trace (run.sh fetches the server jar from Maven Central once)
              --kafka-port=N             Kafka client port (default 9092)
              --kafka-controller-port=N  Kafka KRaft controller port (default 9093)
              --mongo-port=N             MongoDB port (default 27017)
              --smtp-port=N              the local SMTP server's port, for e-mail notifications (default 3025)
              --port=SERVICE=N           a process's HTTP port, repeatable (defaults: identity 9000,
                                         services 8081-8084, gateway 8080, ops-console 8085)
              --ports=SERVICE=N,...      several service ports at once
              --repo-root=DIR            repository holding <service>/target/<service>-<version>-exec.jar
                                         (default: found by walking up from the current directory,
                                         or the LOCAL_STACK_REPO_ROOT environment variable)
              --health-timeout=SECONDS   how long to wait for the services to report UP (default 180)
              --service-jvm-opts="..."   JVM options of each service, default:
            %s
              --help                     this text
            """.formatted(wrap(LocalStack.DEFAULT_SERVICE_JVM_OPTIONS, "                             ", 100));

    private static String wrap(List<String> words, String indent, int width) {
        StringBuilder all = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : words) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                all.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return all.append(line).toString();
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a readable message on a bad option. */
    public static LauncherOptions parse(String... args) {
        LauncherOptions o = new LauncherOptions();
        List<String> list = new ArrayList<>(Arrays.asList(args));
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq >= 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                value = null;
            }
            switch (name) {
                case "help", "h" -> o.help = true;
                case "no-demo-data" -> o.demoData = false;
                case "zipkin" -> o.zipkin = true;
                case "demo-data" -> o.demoData = true;
                default -> {
                    if (!VALUED.contains(name)) {
                        throw new IllegalArgumentException("Unknown option --" + name);
                    }
                    if (value == null) {
                        boolean hasNext = i + 1 < list.size() && !list.get(i + 1).startsWith("--");
                        if (hasNext) {
                            value = list.get(++i);
                        } else if (name.equals("services")) {
                            value = "";
                        } else {
                            throw new IllegalArgumentException("Option --" + name + " needs a value");
                        }
                    }
                    o.set(name, value);
                }
            }
        }
        return o;
    }

    private void set(String name, String value) {
        switch (name) {
            case "data-dir" -> dataDir = Path.of(requireNonBlank(name, value));
            case "repo-root" -> repoRoot = Path.of(requireNonBlank(name, value));
            case "services" -> {
                List<String> names = new ArrayList<>();
                for (String s : value.split(",")) {
                    if (!s.isBlank()) {
                        names.add(ServiceDefinition.require(s.trim()).name());
                    }
                }
                services = List.copyOf(names);
            }
            case "kafka-port" -> kafkaPort = port(name, value);
            case "kafka-controller-port" -> kafkaControllerPort = port(name, value);
            case "mongo-port" -> mongoPort = port(name, value);
            case "smtp-port" -> smtpPort = port(name, value);
            case "port" -> servicePort(value);
            case "ports" -> {
                for (String s : value.split(",")) {
                    if (!s.isBlank()) {
                        servicePort(s.trim());
                    }
                }
            }
            case "health-timeout" -> {
                try {
                    healthTimeout = Duration.ofSeconds(Long.parseLong(value.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--health-timeout needs a number of seconds, got '" + value + "'");
                }
            }
            case "service-jvm-opts" -> serviceJvmOptions = value.isBlank() ? List.of()
                    : List.of(value.trim().split("\\s+"));
            default -> throw new IllegalArgumentException("Unknown option --" + name);
        }
    }

    private void servicePort(String spec) {
        int sep = Math.max(spec.lastIndexOf('='), spec.lastIndexOf(':'));
        if (sep <= 0) {
            throw new IllegalArgumentException("Expected SERVICE=PORT, got '" + spec + "'");
        }
        String service = ServiceDefinition.require(spec.substring(0, sep).trim()).name();
        servicePorts.put(service, port("port", spec.substring(sep + 1)));
    }

    private static int port(String name, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a port number (1-65535), got '" + value + "'");
        }
    }

    private static String requireNonBlank(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " needs a value");
        }
        return value;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public List<String> services() {
        return services;
    }

    public boolean demoData() {
        return demoData;
    }

    public boolean zipkin() {
        return zipkin;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    public int mongoPort() {
        return mongoPort;
    }

    public Map<String, Integer> servicePorts() {
        return servicePorts;
    }

    public Duration healthTimeout() {
        return healthTimeout;
    }

    public List<String> serviceJvmOptions() {
        return serviceJvmOptions;
    }

    public boolean help() {
        return help;
    }

    /** A {@link LocalStack.Builder} configured from these options. */
    public LocalStack.Builder toBuilder() {
        return LocalStack.builder()
                .dataDir(dataDir)
                .repoRoot(repoRoot)
                .services(services)
                .kafkaPort(kafkaPort)
                .kafkaControllerPort(kafkaControllerPort)
                .mongoPort(mongoPort)
                .smtpPort(smtpPort)
                .servicePorts(servicePorts)
                .healthTimeout(healthTimeout)
                .jvmOptions(serviceJvmOptions)
                .zipkin(zipkin);
    }
}
