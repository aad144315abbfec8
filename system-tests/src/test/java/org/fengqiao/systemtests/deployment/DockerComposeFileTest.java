package org.fengqiao.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assertj.core.api.SoftAssertions;
import org.fengqiao.events.Topics;
import org.fengqiao.localstack.BrokerAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks docker-compose.yml (and the Dockerfiles and Prometheus configuration it refers to)
 * against the service modules of the repository: their application.yml, their exec jars and
 * the platform's topic list. Plain file parsing, no Docker needed.
 *
 * <p>Every failure message starts with the compose service or module it is about and names
 * the field that is wrong.
 */
@DisplayName("docker-compose.yml")
class DockerComposeFileTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The variables the lead fixed for every service's application.yml. */
    private static final List<String> PLATFORM_VARIABLES = List.of("SERVER_PORT", "MONGODB_URI", "KAFKA_BROKERS");

    /** Read by the JVM itself, not through application.yml. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    /** Read by platform-kit for every service (its broker login, BrokerLoginEnvironmentPostProcessor), not through application.yml. */
    private static final Set<String> KIT_VARIABLES = Set.of("KAFKA_USERNAME", "KAFKA_PASSWORD", "KAFKA_SECURITY_PROTOCOL");

    private static final String KAFKA_INIT = "kafka-init";
    private static final String EXEC_CLASSIFIER = "exec";
    private static final String DEFAULT_PROMETHEUS_CONFIG = "/etc/prometheus/prometheus.yml";

    /** A placeholder that looks like an environment variable: ${NAME} or ${NAME:default}. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?=[:}])");
    private static final Pattern MONGODB_DATABASE = Pattern.compile("^mongodb(?:\\+srv)?://[^/]*/([^?]*)");
    private static final Pattern DLQ_NAME_KEY = Pattern.compile(
            "(?i)spring\\.cloud\\.stream\\.kafka\\.(?:bindings\\..+|default)\\.consumer\\.dlq-?name");

    /** The front door: built like the services, but no database, no topics, and the only host ports. */
    private static final Set<String> FRONT_DOOR = Set.of("identity", "gateway");
    /** The operations console: built and checked like the rest, behind the gateway, under its own path. */
    private static final String CONSOLE = "ops-console";

    private static Path root;
    private static JsonNode services;
    private static List<ServiceModule> modules;
    private static List<ServiceModule> frontDoor;
    private static ServiceModule console;

    record ServiceModule(String name, Path dir, String artifactId, String version) {

        Path applicationYml() {
            return dir.resolve("src/main/resources/application.yml");
        }

        String execJar() {
            return artifactId + "-" + version + "-" + EXEC_CLASSIFIER + ".jar";
        }
    }

    record PortMapping(String published, String target) {
    }

    @BeforeAll
    static void readComposeFileAndModules() throws IOException {
        root = findRepositoryRoot();
        JsonNode compose = YAML.readTree(root.resolve("docker-compose.yml"));
        services = compose.path("services");
        assertThat(services.isObject()).as("docker-compose.yml: top-level 'services' must be a mapping").isTrue();
        try (Stream<Path> dirs = Files.list(root)) {
            modules = dirs.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .sorted()
                    .map(DockerComposeFileTest::readModule)
                    .toList();
        }
        frontDoor = FRONT_DOOR.stream().sorted().map(root::resolve)
                .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).map(DockerComposeFileTest::readModule).toList();
        assertThat(frontDoor).as("the identity and gateway modules").hasSize(FRONT_DOOR.size());
        assertThat(root.resolve(CONSOLE).resolve("pom.xml")).as("the operations console's module").isRegularFile();
        console = readModule(root.resolve(CONSOLE));
    }

    // ------------------------------------------------------------------ tests

    @Test
    @DisplayName("every service module has exactly one compose service built from its own directory")
    void every_service_module_has_a_compose_service_built_from_its_directory() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                List<String> matching = composeServicesBuiltFrom(module);
                softly.assertThat(matching)
                        .as("%s: compose services whose build.context is ./%s", module.name(), module.name())
                        .hasSize(1);
            }
        });
    }

    @Test
    @DisplayName("every service's Dockerfile exists, copies the service's exec jar and runs it as a non-root user")
    void every_dockerfile_copies_the_exec_jar_of_its_service() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String service = composeName.get();
                Path dockerfile = dockerfileOf(service);
                if (!Files.isRegularFile(dockerfile)) {
                    softly.fail("%s: build.dockerfile %s does not exist", service, root.relativize(dockerfile));
                    continue;
                }
                List<String[]> instructions = dockerfileInstructions(dockerfile);
                String jarPath = "target/" + module.execJar();

                List<String> copiedSources = new ArrayList<>();
                for (String[] instruction : instructions) {
                    if (instruction[0].equals("COPY") || instruction[0].equals("ADD")) {
                        List<String> args = Stream.of(instruction[1].trim().split("\\s+"))
                                .filter(arg -> !arg.startsWith("--"))
                                .toList();
                        copiedSources.addAll(args.subList(0, Math.max(0, args.size() - 1)));
                    }
                }
                softly.assertThat(copiedSources.stream().map(DockerComposeFileTest::stripDotSlash).toList())
                        .as("%s: COPY sources in %s (must copy the exec jar %s)", service,
                                root.relativize(dockerfile), jarPath)
                        .anyMatch(source -> FileSystems.getDefault().getPathMatcher("glob:" + source).matches(Path.of(jarPath)));

                List<String> users = instructionArguments(instructions, "USER");
                softly.assertThat(users).as("%s: USER in %s", service, root.relativize(dockerfile)).isNotEmpty();
                if (!users.isEmpty()) {
                    String user = users.get(users.size() - 1).split(":")[0];
                    softly.assertThat(user).as("%s: last USER in %s", service, root.relativize(dockerfile))
                            .isNotIn("root", "0");
                }

                List<String> entrypoints = instructionArguments(instructions, "ENTRYPOINT");
                softly.assertThat(entrypoints).as("%s: ENTRYPOINT in %s", service, root.relativize(dockerfile))
                        .anySatisfy(entrypoint -> assertThat(entrypoint).contains("java")
                                .containsAnyOf("-jar", "org.springframework.boot.loader.launch.JarLauncher"));

                for (String from : instructionArguments(instructions, "FROM")) {
                    String image = Stream.of(from.trim().split("\\s+"))
                            .filter(arg -> !arg.startsWith("--"))
                            .findFirst()
                            .orElse("");
                    softly.assertThat(imageTagProblem(image)).as("%s: FROM %s in %s", service, image,
                            root.relativize(dockerfile)).isEmpty();
                }

                Path dockerignore = buildContext(services.path(service)).orElseThrow().resolve(".dockerignore");
                if (Files.isRegularFile(dockerignore)) {
                    softly.assertThat(dockerignoreExcludes(dockerignore, jarPath))
                            .as("%s: %s excludes %s from the build context", service, root.relativize(dockerignore),
                                    jarPath)
                            .isFalse();
                }
            }
        });
    }

    @Test
    @DisplayName("the layers the shared Dockerfile unpacks come out of every exec jar it is used for, with the launcher it runs")
    void the_layers_of_the_shared_dockerfile_unpack_from_each_exec_jar(@org.junit.jupiter.api.io.TempDir Path work) {
        Path shared = root.resolve("deploy/service.Dockerfile");
        List<String[]> instructions = dockerfileInstructions(shared);
        List<String> layers = instructions.stream().filter(i -> i[0].equals("COPY") && i[1].contains("--from="))
                .map(i -> Path.of(i[1].trim().split("\\s+")[1]).getFileName().toString()).toList();
        assertThat(layers).as("the layers %s copies, least often changed first", root.relativize(shared))
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        String extract = instructions.stream().filter(i -> i[0].equals("RUN") && i[1].contains("jarmode")).map(i -> i[1])
                .findFirst().orElseThrow();
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                if (!dockerfileOf(composeServiceOf(module).orElseThrow()).equals(shared)) {
                    continue;
                }
                Path jar = module.dir().resolve("target").resolve(module.execJar());
                softly.assertThat(jar).as("%s: built by mvn package before this test", module.name()).isRegularFile();
                if (!Files.isRegularFile(jar)) {
                    continue;
                }
                // the Dockerfile's own command ("java ... -jar app.jar extract ..."), on this module's jar
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                Stream.of(extract.trim().split("\\s+")).skip(1).map(arg -> arg.equals("app.jar") ? jar.toString() : arg)
                        .forEach(command::add);
                try {
                    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
                    String output = new String(process.getInputStream().readAllBytes());
                    softly.assertThat(process.waitFor()).as("%s: %s%n%s", module.name(), command, output).isZero();
                } catch (IOException e) {
                    softly.fail("%s: %s", module.name(), e);
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Path extracted = work.resolve("extracted");
                for (String layer : layers) {
                    softly.assertThat(extracted.resolve(layer)).as("%s: layer %s", module.name(), layer).isDirectory();
                }
                softly.assertThat(extracted.resolve("spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class"))
                        .as("%s: the ENTRYPOINT's launcher", module.name()).isRegularFile();
                softly.assertThat(extracted.resolve("application/META-INF/MANIFEST.MF")).as("%s: its manifest", module.name())
                        .content().contains("Start-Class: org.fengqiao.");
                softly.assertThat(extracted.resolve("application/BOOT-INF/classes")).as("%s: its own classes", module.name())
                        .isDirectoryRecursivelyContaining("glob:**/*Application.class");
                deleteRecursively(extracted);
            }
        });
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("every process's container port equals its SERVER_PORT in compose, its application.yml default and its Dockerfile's EXPOSE; only the gateway and identity publish it on the host")
    void every_service_port_agrees_across_compose_application_yml_and_dockerfile() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String service = composeName.get();
                String serverPort = environment(service).get("SERVER_PORT");
                if (serverPort == null) {
                    softly.fail("%s: environment.SERVER_PORT is not set", service);
                    continue;
                }
                applicationYmlText(module, softly).ifPresent(text -> softly
                        .assertThat(placeholderDefault(text, "SERVER_PORT"))
                        .as("%s: default of ${SERVER_PORT:...} in %s (compose sets SERVER_PORT %s)", module.name(),
                                root.relativize(module.applicationYml()), serverPort)
                        .contains(serverPort));

                List<PortMapping> ports = ports(service);
                if (FRONT_DOOR.contains(module.name())) {
                    softly.assertThat(ports)
                            .as("%s: ports (the front door publishes SERVER_PORT %s on the same host port)", service, serverPort)
                            .containsExactly(new PortMapping(serverPort, serverPort));
                } else {
                    softly.assertThat(ports).as("%s: ports (a service publishes none: apps come through the gateway)", service).isEmpty();
                    softly.assertThat(scalars(services.path(service).path("expose")))
                            .as("%s: expose (its SERVER_PORT %s, for the gateway and Prometheus)", service, serverPort).contains(serverPort);
                }

                Path dockerfile = dockerfileOf(service);
                if (Files.isRegularFile(dockerfile)) {
                    Map<String, String> buildArgs = buildArgs(service);
                    List<String> exposed = instructionArguments(dockerfileInstructions(dockerfile), "EXPOSE").stream()
                            .flatMap(arguments -> Stream.of(arguments.trim().split("\\s+")))
                            .map(port -> substitute(port, buildArgs))
                            .map(port -> port.replaceFirst("/.*$", ""))
                            .toList();
                    softly.assertThat(exposed).as("%s: EXPOSE in %s", service, root.relativize(dockerfile))
                            .contains(serverPort);
                }
            }
        });
    }

    @Test
    @DisplayName("every process trusts the identity provider's issuer exactly and fetches its keys inside the network; the gateway routes to the services' container ports")
    void the_front_door_is_wired_to_the_identity_provider_and_the_services() {
        String issuer = environment("identity").get("IDENTITY_ISSUER");
        String identityPort = environment("identity").get("SERVER_PORT");
        assertThat(issuer).as("identity: environment.IDENTITY_ISSUER").isNotBlank();
        SoftAssertions.assertSoftly(softly -> {
            List<ServiceModule> checked = new ArrayList<>(serviceModules());
            checked.add(frontDoor.stream().filter(m -> m.name().equals("gateway")).findFirst().orElseThrow());
            for (ServiceModule module : checked) {
                String service = composeServiceOf(module).orElseThrow();
                Map<String, String> environment = environment(service);
                softly.assertThat(environment.get("PLATFORM_SECURITY_ISSUER_URI"))
                        .as("%s: environment.PLATFORM_SECURITY_ISSUER_URI (must equal identity's IDENTITY_ISSUER)", service).isEqualTo(issuer);
                softly.assertThat(environment.get("PLATFORM_SECURITY_JWK_SET_URI"))
                        .as("%s: environment.PLATFORM_SECURITY_JWK_SET_URI", service)
                        .isEqualTo("http://identity:" + identityPort + "/oauth2/jwks");
                if (!module.name().equals("gateway")) {
                    String port = environment.get("SERVER_PORT");
                    String variable = module.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URI";
                    softly.assertThat(environment("gateway").get(variable)).as("gateway: environment.%s", variable)
                            .isEqualTo("http://" + service + ":" + port);
                    softly.assertThat(dependsOn(service)).as("%s: depends_on", service).containsEntry("identity", "service_healthy");
                }
            }
            softly.assertThat(scalars(services.path("identity").path("volumes")))
                    .as("identity: volumes (its signing keys must outlive the container)")
                    .anySatisfy(volume -> assertThat(volume).endsWith(":" + environment("identity").get("IDENTITY_DATA_DIR")));
            softly.assertThat(environment("identity").get("IDENTITY_PEOPLE_PASSWORD"))
                    .as("identity: the sign-in password comes from the deployer's environment, required").startsWith("${").contains(":?");
        });
    }

    @Test
    @DisplayName("compose sets on each service only environment variables its application.yml reads (besides JAVA_TOOL_OPTIONS)")
    void compose_sets_only_variables_the_service_reads() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                Optional<String> text = applicationYmlText(module, softly);
                if (text.isEmpty()) {
                    continue;
                }
                Set<String> read = envPlaceholders(text.get());
                for (String variable : environment(composeName.get()).keySet()) {
                    if (JVM_VARIABLES.contains(variable) || KIT_VARIABLES.contains(variable) && module.name().endsWith("-service")) {
                        continue;
                    }
                    softly.assertThat(read)
                            .as("%s: environment.%s is set in compose but %s reads no ${%s} placeholder",
                                    composeName.get(), variable, root.relativize(module.applicationYml()), variable)
                            .contains(variable);
                }
            }
        });
    }

    @Test
    @DisplayName("compose sets every platform variable (SERVER_PORT, MONGODB_URI, KAFKA_BROKERS) that a service's application.yml reads")
    void compose_sets_every_platform_variable_the_service_reads() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : serviceModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                Optional<String> text = applicationYmlText(module, softly);
                if (text.isEmpty()) {
                    continue;
                }
                Set<String> read = envPlaceholders(text.get());
                Map<String, String> environment = environment(composeName.get());
                for (String variable : PLATFORM_VARIABLES) {
                    if (read.contains(variable)) {
                        softly.assertThat(environment.get(variable))
                                .as("%s: environment.%s (read by %s)", composeName.get(), variable,
                                        root.relativize(module.applicationYml()))
                                .isNotBlank();
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("each service's MONGODB_URI names the database of its application.yml default, on a compose host, and no two services share a database")
    void each_service_has_its_own_database() {
        Map<String, List<String>> servicesByDatabase = new TreeMap<>();
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : serviceModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String service = composeName.get();
                String uri = environment(service).get("MONGODB_URI");
                if (uri == null) {
                    softly.fail("%s: environment.MONGODB_URI is not set", service);
                    continue;
                }
                Optional<String> database = mongoDatabase(uri);
                softly.assertThat(database).as("%s: database name in environment.MONGODB_URI '%s'", service, uri)
                        .isPresent();
                database.ifPresent(db -> servicesByDatabase.computeIfAbsent(db, k -> new ArrayList<>()).add(service));

                for (String host : mongoHosts(uri)) {
                    softly.assertThat(services.has(host))
                            .as("%s: host '%s' of environment.MONGODB_URI is not a compose service", service, host)
                            .isTrue();
                }

                Optional<String> text = applicationYmlText(module, softly);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<String> defaultUri = placeholderDefault(text.get(), "MONGODB_URI");
                if (defaultUri.isEmpty()) {
                    softly.fail("%s: %s has no ${MONGODB_URI:<default uri>} placeholder", module.name(),
                            root.relativize(module.applicationYml()));
                    continue;
                }
                softly.assertThat(database)
                        .as("%s: database in environment.MONGODB_URI vs the default '%s' in %s", service,
                                defaultUri.get(), root.relativize(module.applicationYml()))
                        .isEqualTo(mongoDatabase(defaultUri.get()));
            }
            servicesByDatabase.forEach((database, users) -> softly.assertThat(users)
                    .as("MongoDB database '%s' is used by more than one service (MONGODB_URI)", database)
                    .hasSize(1));
        });
    }

    @Test
    @DisplayName("each service's KAFKA_BROKERS points at the internal listener advertised by the kafka service")
    void kafka_brokers_point_at_the_internal_listener() {
        String broker = kafkaBrokerService();
        Set<String> internal = internalListeners(broker);
        assertThat(internal)
                .as("%s: environment.KAFKA_ADVERTISED_LISTENERS has no listener on the host name '%s'", broker, broker)
                .isNotEmpty();
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : serviceModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String brokers = environment(composeName.get()).get("KAFKA_BROKERS");
                if (brokers == null) {
                    softly.fail("%s: environment.KAFKA_BROKERS is not set", composeName.get());
                    continue;
                }
                for (String address : brokers.split(",")) {
                    softly.assertThat(internal)
                            .as("%s: environment.KAFKA_BROKERS '%s' (internal listeners of %s)", composeName.get(),
                                    address.trim(), broker)
                            .contains(address.trim());
                }
            }
        });
    }

    @Test
    @DisplayName("a service that sends e-mail is given an SMTP host that is a compose service, and depends on it")
    void smtp_host_is_a_compose_service() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : serviceModules()) {
                Optional<String> composeName = composeServiceOf(module);
                Optional<String> text = applicationYmlText(module, softly);
                if (composeName.isEmpty() || text.isEmpty() || !envPlaceholders(text.get()).contains("SMTP_HOST")) {
                    continue;
                }
                String host = environment(composeName.get()).get("SMTP_HOST");
                softly.assertThat(host).as("%s: environment.SMTP_HOST", composeName.get()).isNotBlank();
                if (host != null) {
                    softly.assertThat(services.has(host)).as("%s: SMTP_HOST '%s' is a compose service", composeName.get(), host).isTrue();
                    softly.assertThat(services.path(composeName.get()).path("depends_on").has(host))
                            .as("%s depends_on %s", composeName.get(), host).isTrue();
                }
            }
        });
    }

    @Test
    @DisplayName("kafka-init creates every topic of org.fengqiao.events.Topics.ALL with 3 partitions")
    void kafka_init_creates_every_platform_topic() {
        Set<String> created = kafkaInitWords();
        List<String> expected = Topics.ALL;
        assertThat(expected).as("org.fengqiao.events.Topics.ALL").isNotEmpty();
        SoftAssertions.assertSoftly(softly -> {
            for (String topic : expected) {
                softly.assertThat(created.contains(topic))
                        .as("%s: creates no topic '%s' (topic-like names in its command/entrypoint/environment: %s)",
                                KAFKA_INIT, topic, topicLike(created))
                        .isTrue();
            }
            softly.assertThat(String.join(" ", kafkaInitText()))
                    .as("%s: command creates the topics with --partitions 3", KAFKA_INIT)
                    .containsPattern("--partitions[ =]3\\b");
        });
    }

    @Test
    @DisplayName("kafka-init creates exactly the local stack's topics, gives every principal but the administrator a login, and grants what the local stack grants")
    void kafka_init_sets_up_the_broker_as_the_local_stack_does() {
        Map<String, String> init = environment(KAFKA_INIT);
        Set<String> grants = init.getOrDefault("GRANTS", "").lines().map(String::trim).filter(line -> !line.isEmpty())
                .flatMap(line -> {
                    String[] words = line.split("\\s+");
                    return words.length != 5 ? Stream.of("malformed: " + line)
                            : Stream.of(words[4].split(",")).map(operation -> String.join(" ", words[0], words[1], words[2], words[3], operation));
                })
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> granted = BrokerAccess.acls().stream()
                .map(acl -> String.join(" ", acl.entry().principal().substring("User:".length()),
                        acl.pattern().resourceType().name().toLowerCase(java.util.Locale.ROOT), acl.pattern().patternType().name(),
                        acl.pattern().name(), acl.entry().operation().name()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> logins = init.getOrDefault("LOGINS", "").lines().map(String::trim).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0]).collect(Collectors.toCollection(java.util.TreeSet::new));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(grants).as("%s: environment.GRANTS against local-stack's BrokerAccess.acls()", KAFKA_INIT).isEqualTo(granted);
            softly.assertThat(logins).as("%s: environment.LOGINS", KAFKA_INIT)
                    .isEqualTo(new java.util.TreeSet<>(BrokerAccess.allPrincipals().stream().filter(p -> !p.equals(BrokerAccess.ADMIN)).toList()));
            softly.assertThat(init.getOrDefault("LOGINS", "")).as("%s: every password is the deployer's, required", KAFKA_INIT)
                    .doesNotContainPattern("(?m)^\\S+\\s*$").contains(":?");
            softly.assertThat(new java.util.TreeSet<>(List.of(init.getOrDefault("TOPICS", "").trim().split("\\s+"))))
                    .as("%s: environment.TOPICS", KAFKA_INIT).isEqualTo(new java.util.TreeSet<>(BrokerAccess.topics()));
            softly.assertThat(BrokerAccess.EVENT_TOPICS).as("local-stack's BrokerAccess.EVENT_TOPICS").containsExactlyInAnyOrderElementsOf(Topics.ALL);
        });
    }

    @Test
    @DisplayName("each service and the console sign in to the broker as themselves, with a password the deployer must set; every listener asks for a login")
    void each_process_signs_in_to_the_broker_as_itself() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                if (!BrokerAccess.allPrincipals().contains(module.name())) {
                    continue;
                }
                Map<String, String> environment = composeServiceOf(module).map(DockerComposeFileTest::environment).orElse(Map.of());
                softly.assertThat(environment.get("KAFKA_USERNAME")).as("%s: KAFKA_USERNAME", module.name()).isEqualTo(module.name());
                softly.assertThat(environment.get("KAFKA_PASSWORD")).as("%s: KAFKA_PASSWORD", module.name())
                        .startsWith("${KAFKA_" + module.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD:?");
            }
            Map<String, String> kafka = environment("kafka");
            softly.assertThat(Stream.of(kafka.getOrDefault("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "").split(","))
                            .map(listener -> listener.substring(listener.indexOf(':') + 1)).toList())
                    .as("kafka: every listener's protocol").isNotEmpty().allMatch(protocol -> protocol.startsWith("SASL_"));
            softly.assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME")).as("kafka: the authorizer").isNotBlank();
            softly.assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).as("kafka: what is not granted").isEqualTo("false");
        });
    }

    @Test
    @DisplayName("every binding of a service reads a topic, as a group and with a dead-letter topic, that the broker grants it")
    void every_binding_is_granted_by_the_broker() {
        SoftAssertions.assertSoftly(softly -> {
            for (BrokerAccess.ServiceGrant grant : BrokerAccess.SERVICES) {
                Path applicationYml = root.resolve(grant.principal()).resolve("src/main/resources/application.yml");
                List<BrokerAccess.Reading> bound = new ArrayList<>();
                Map<String, String> deadLetterTopics = dlqNames(applicationYml);
                for (JsonNode document : readYamlDocuments(applicationYml)) {
                    document.path("spring").path("cloud").path("stream").path("bindings").properties().forEach(binding -> {
                        bound.add(new BrokerAccess.Reading(binding.getValue().path("destination").asString(""),
                                binding.getValue().path("group").asString("")));
                    });
                }
                softly.assertThat(bound).as("%s: the bindings in %s against local-stack's BrokerAccess", grant.principal(),
                        root.relativize(applicationYml)).containsExactlyInAnyOrderElementsOf(grant.reads());
                softly.assertThat(deadLetterTopics.values()).as("%s: its dead-letter topics", grant.principal())
                        .containsExactlyInAnyOrderElementsOf(grant.reads().stream().map(BrokerAccess.Reading::deadLetterTopic).toList());
            }
        });
    }

    @Test
    @DisplayName("the AsyncAPI document names exactly the dead-letter topics the services' application.yml files set")
    void the_asyncapi_document_names_the_dead_letter_topics_the_services_use() {
        Set<String> configured = new java.util.TreeSet<>();
        for (ServiceModule module : serviceModules()) {
            if (Files.isRegularFile(module.applicationYml())) {
                configured.addAll(dlqNames(module.applicationYml()).values());
            }
        }
        Set<String> documented = new java.util.TreeSet<>();
        JsonNode channels = org.fengqiao.events.AsyncApi.document().get("channels");
        channels.properties().forEach(channel -> {
            String address = channel.getValue().get("address").asString();
            JsonNode groups = channel.getValue().path("parameters").path("consumerGroup").path("enum");
            groups.forEach(group -> documented.add(address.replace("{consumerGroup}", group.asString())));
        });
        assertThat(documented).as("dead-letter topics in the AsyncAPI document").isNotEmpty().isEqualTo(configured);
    }

    @Test
    @DisplayName("kafka-init creates the dead-letter topic of every dlqName set in a service's application.yml, notification-service's included")
    void kafka_init_creates_the_dead_letter_topics() {
        Set<String> created = kafkaInitWords();
        SoftAssertions.assertSoftly(softly -> {
            boolean notificationServiceSeen = false;
            for (ServiceModule module : serviceModules()) {
                Path applicationYml = module.applicationYml();
                if (!Files.isRegularFile(applicationYml)) {
                    if (module.name().equals("notification-service")) {
                        notificationServiceSeen = true;
                        softly.fail("notification-service: %s does not exist (yet); it must name the dead-letter "
                                + "topic in spring.cloud.stream.kafka.bindings.<binding>.consumer.dlqName",
                                root.relativize(applicationYml));
                    }
                    continue;
                }
                Map<String, String> dlqNames = dlqNames(applicationYml);
                if (module.name().equals("notification-service")) {
                    notificationServiceSeen = true;
                    softly.assertThat(dlqNames)
                            .as("notification-service: spring.cloud.stream.kafka.bindings.<binding>.consumer.dlqName "
                                    + "in %s (consumer of dispute.events with a dead-letter topic)",
                                    root.relativize(applicationYml))
                            .isNotEmpty();
                }
                dlqNames.forEach((key, dlq) -> softly.assertThat(created.contains(dlq))
                        .as("%s: %s = %s in %s is not created by %s (topic-like names it has: %s)", module.name(),
                                key, dlq, root.relativize(applicationYml), KAFKA_INIT, topicLike(created))
                        .isTrue());
            }
            if (!notificationServiceSeen) {
                softly.fail("notification-service: module directory with a pom.xml not found under the repository root");
            }
        });
    }

    @Test
    @DisplayName("Prometheus scrapes every service at <compose service>:<port>/actuator/prometheus")
    void prometheus_scrapes_every_service() {
        String prometheus = servicesWithImage("prom/prometheus").stream().findFirst()
                .orElseGet(() -> fail("docker-compose.yml: no service uses the prom/prometheus image"));
        Path config = prometheusConfig(prometheus);
        assertThat(config).as("%s: mounted Prometheus configuration file", prometheus).isRegularFile();

        JsonNode prometheusYml = readYaml(config);
        Set<String> scraped = new LinkedHashSet<>();
        Set<String> signedIn = new LinkedHashSet<>();
        List<String> mountedSecrets = scalars(services.path(prometheus).path("secrets"));
        for (JsonNode job : prometheusYml.path("scrape_configs")) {
            String metricsPath = job.path("metrics_path").asString("/metrics");
            JsonNode oauth2 = job.path("oauth2");
            boolean signsIn = oauth2.path("client_id").asString("").equals("prometheus")
                    && scalars(oauth2.path("scopes")).contains("metrics.read")
                    && oauth2.path("token_url").asString("").startsWith("http://identity:")
                    && mountedSecrets.stream().anyMatch(secret -> oauth2.path("client_secret_file").asString("").equals("/run/secrets/" + secret));
            for (JsonNode staticConfig : job.path("static_configs")) {
                for (JsonNode target : staticConfig.path("targets")) {
                    scraped.add(target.asString() + metricsPath);
                    if (signsIn) {
                        signedIn.add(target.asString() + metricsPath);
                    }
                }
            }
        }
        List<ServiceModule> scrapedModules = new ArrayList<>(serviceModules());
        scrapedModules.add(frontDoor.stream().filter(m -> m.name().equals("gateway")).findFirst().orElseThrow());
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : scrapedModules) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String service = composeName.get();
                String port = environment(service).get("SERVER_PORT");
                if (port == null) {
                    softly.fail("%s: environment.SERVER_PORT is not set", service);
                    continue;
                }
                softly.assertThat(scraped)
                        .as("%s: scrape target in %s", service, root.relativize(config))
                        .contains(service + ":" + port + "/actuator/prometheus");
                softly.assertThat(signedIn)
                        .as("%s: scraped with a token (oauth2 as client 'prometheus', scope metrics.read, secret from a compose secret)", service)
                        .contains(service + ":" + port + "/actuator/prometheus");
            }
        });
    }

    @Test
    @DisplayName("no compose image uses the 'latest' tag or no tag at all")
    void no_image_is_latest_or_untagged() {
        SoftAssertions.assertSoftly(softly -> {
            for (Map.Entry<String, JsonNode> service : services.properties()) {
                JsonNode image = service.getValue().get("image");
                if (image == null) {
                    softly.assertThat(service.getValue().has("build"))
                            .as("%s: has neither image nor build", service.getKey()).isTrue();
                    continue;
                }
                softly.assertThat(imageTagProblem(image.asString()))
                        .as("%s: image '%s'", service.getKey(), image.asString()).isEmpty();
            }
        });
    }

    @Test
    @DisplayName("every depends_on target is a service defined in docker-compose.yml")
    void every_depends_on_target_exists() {
        SoftAssertions.assertSoftly(softly -> {
            for (String service : services.propertyNames()) {
                for (String dependency : dependsOn(service).keySet()) {
                    softly.assertThat(services.has(dependency))
                            .as("%s: depends_on '%s' is not a compose service", service, dependency).isTrue();
                    softly.assertThat(dependency).as("%s: depends_on itself", service).isNotEqualTo(service);
                }
            }
        });
    }

    @Test
    @DisplayName("every service waits for a healthy Kafka and MongoDB and for kafka-init to have completed")
    void every_service_waits_for_its_infrastructure() {
        String kafka = kafkaBrokerService();
        String mongo = servicesWithImage("mongo").stream().findFirst()
                .orElseGet(() -> fail("docker-compose.yml: no service uses the mongo image"));
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : serviceModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                Map<String, String> dependsOn = dependsOn(composeName.get());
                softly.assertThat(dependsOn).as("%s: depends_on", composeName.get())
                        .containsEntry(kafka, "service_healthy")
                        .containsEntry(mongo, "service_healthy")
                        .containsEntry(KAFKA_INIT, "service_completed_successfully");
            }
        });
    }

    @Test
    @DisplayName("every service's healthcheck probes /actuator/health on its own port (under the console's path for the console)")
    void every_service_healthcheck_probes_actuator_health() {
        SoftAssertions.assertSoftly(softly -> {
            for (ServiceModule module : allModules()) {
                Optional<String> composeName = composeServiceOf(module);
                if (composeName.isEmpty()) {
                    softly.fail("%s: no compose service is built from ./%s", module.name(), module.name());
                    continue;
                }
                String service = composeName.get();
                String port = environment(service).get("SERVER_PORT");
                String test = String.join(" ", scalars(services.path(service).path("healthcheck").path("test")));
                softly.assertThat(test).as("%s: healthcheck.test", service)
                        .contains(":" + port + contextPath(module) + "/actuator/health");
            }
        });
    }

    // ------------------------------------------------------------------ repository

    private static Path findRepositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        return fail("No directory containing both pom.xml and docker-compose.yml above " + start);
    }

    /** The four services, the front door (identity, gateway) and the operations console. */
    private static List<ServiceModule> allModules() {
        List<ServiceModule> all = new ArrayList<>(serviceModules());
        all.addAll(frontDoor);
        all.add(console);
        return all;
    }

    /** The path the module's web application lives under ({@code server.servlet.context-path}), or "". */
    private static String contextPath(ServiceModule module) {
        return readYaml(module.applicationYml()).path("server").path("servlet").path("context-path").asString("");
    }

    private static List<ServiceModule> serviceModules() {
        assertThat(modules).as("service modules (directories named *-service with a pom.xml) under %s", root)
                .isNotEmpty();
        return modules;
    }

    private static ServiceModule readModule(Path dir) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document pom = factory.newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
            Element project = pom.getDocumentElement();
            String artifactId = childText(project, "artifactId")
                    .orElse(dir.getFileName().toString());
            String version = childText(project, "version")
                    .or(() -> childElement(project, "parent").flatMap(parent -> childText(parent, "version")))
                    .orElseGet(() -> fail("%s: pom.xml declares no version and no parent version", dir.getFileName()));
            return new ServiceModule(dir.getFileName().toString(), dir, artifactId.trim(), version.trim());
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot read " + dir.resolve("pom.xml"), ex);
        }
    }

    private static Optional<Element> childElement(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element parent, String name) {
        return childElement(parent, name).map(Element::getTextContent);
    }

    /**
     * The text of the module's application.yml without comment lines; when it does not exist,
     * records a failure on {@code softly} and returns empty.
     */
    private static Optional<String> applicationYmlText(ServiceModule module, SoftAssertions softly) {
        Path file = module.applicationYml();
        if (!Files.isRegularFile(file)) {
            softly.fail("%s: %s does not exist (yet)", module.name(), root.relativize(file));
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file).stream()
                    .filter(line -> !line.trim().startsWith("#"))
                    .collect(Collectors.joining("\n")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Set<String> envPlaceholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = ENV_PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Optional<String> placeholderDefault(String text, String variable) {
        Matcher matcher = Pattern.compile("\\$\\{" + Pattern.quote(variable) + ":([^}]*)}").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    /** dlqName settings of every document of an application.yml, by their dotted key. */
    private static Map<String, String> dlqNames(Path applicationYml) {
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode document : readYamlDocuments(applicationYml)) {
            collectDlqNames("", document, found);
        }
        return found;
    }

    private static void collectDlqNames(String path, JsonNode node, Map<String, String> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                collectDlqNames(key, property.getValue(), found);
            }
        }
        else if (node.isValueNode() && DLQ_NAME_KEY.matcher(path).matches()) {
            String value = node.asString().trim();
            Matcher placeholder = Pattern.compile("^\\$\\{[^:}]+:([^}]*)}$").matcher(value);
            found.put(path, placeholder.matches() ? placeholder.group(1).trim() : value);
        }
    }

    // ------------------------------------------------------------------ compose

    private static List<String> composeServicesBuiltFrom(ServiceModule module) {
        List<String> matching = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : services.properties()) {
            buildContext(service.getValue())
                    .filter(context -> context.equals(module.dir().toAbsolutePath().normalize()))
                    .ifPresent(context -> matching.add(service.getKey()));
        }
        return matching;
    }

    private static Optional<String> composeServiceOf(ServiceModule module) {
        List<String> matching = composeServicesBuiltFrom(module);
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static Optional<Path> buildContext(JsonNode service) {
        JsonNode build = service.get("build");
        if (build == null || build.isNull()) {
            return Optional.empty();
        }
        String context = build.isObject() ? build.path("context").asString(".") : build.asString();
        return Optional.of(root.resolve(context).toAbsolutePath().normalize());
    }

    /** The service's build arguments (build.args), from either the mapping or the list form. */
    private static Map<String, String> buildArgs(String service) {
        JsonNode args = services.path(service).path("build").path("args");
        Map<String, String> values = new LinkedHashMap<>();
        if (args.isObject()) {
            args.properties().forEach(arg -> values.put(arg.getKey(), arg.getValue().asString()));
        } else if (args.isArray()) {
            args.forEach(arg -> {
                String[] pair = arg.asString().split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return values;
    }

    /** {@code ${NAME}} or {@code $NAME} replaced by the build argument's value, as docker build does. */
    private static String substitute(String word, Map<String, String> args) {
        Matcher reference = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)").matcher(word);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1) != null ? reference.group(1) : reference.group(2);
            reference.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(name, "")));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static Path dockerfileOf(String service) {
        JsonNode build = services.path(service).path("build");
        Path context = buildContext(services.path(service)).orElseThrow();
        String dockerfile = build.isObject() ? build.path("dockerfile").asString("Dockerfile") : "Dockerfile";
        return context.resolve(dockerfile).normalize();
    }

    /** The service's environment, from either the mapping or the list ("NAME=value") form. */
    private static Map<String, String> environment(String service) {
        JsonNode environment = services.path(service).path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isObject()) {
            for (Map.Entry<String, JsonNode> variable : environment.properties()) {
                JsonNode value = variable.getValue();
                variables.put(variable.getKey(), value == null || value.isNull() ? "" : value.asString());
            }
        }
        else if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String text = entry.asString();
                int equals = text.indexOf('=');
                variables.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return variables;
    }

    private static List<PortMapping> ports(String service) {
        List<PortMapping> mappings = new ArrayList<>();
        for (JsonNode port : services.path(service).path("ports")) {
            if (port.isObject()) {
                mappings.add(new PortMapping(port.path("published").asString(""), port.path("target").asString("")));
                continue;
            }
            String text = port.asString().replaceFirst("/[a-z]+$", "");
            int last = text.lastIndexOf(':');
            if (last < 0) {
                mappings.add(new PortMapping("", text));
                continue;
            }
            String target = text.substring(last + 1);
            String hostPart = text.substring(0, last);
            String published = hostPart.substring(hostPart.lastIndexOf(':') + 1);
            mappings.add(new PortMapping(published, target));
        }
        return mappings;
    }

    /** depends_on targets with their condition (short list form counts as service_started). */
    private static Map<String, String> dependsOn(String service) {
        JsonNode dependsOn = services.path(service).path("depends_on");
        Map<String, String> targets = new LinkedHashMap<>();
        if (dependsOn.isArray()) {
            dependsOn.forEach(target -> targets.put(target.asString(), "service_started"));
        }
        else if (dependsOn.isObject()) {
            for (Map.Entry<String, JsonNode> target : dependsOn.properties()) {
                targets.put(target.getKey(), target.getValue().path("condition").asString("service_started"));
            }
        }
        return targets;
    }

    private static List<String> servicesWithImage(String repository) {
        List<String> matching = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : services.properties()) {
            String image = service.getValue().path("image").asString("");
            String withoutTag = image.replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
            if (withoutTag.equals(repository)) {
                matching.add(service.getKey());
            }
        }
        return matching;
    }

    /** The Kafka broker: the service that advertises listeners (kafka-init shares its image but not that). */
    private static String kafkaBrokerService() {
        for (String service : services.propertyNames()) {
            if (environment(service).containsKey("KAFKA_ADVERTISED_LISTENERS")) {
                return service;
            }
        }
        return fail("docker-compose.yml: no service sets KAFKA_ADVERTISED_LISTENERS (the Kafka broker)");
    }

    /** host:port of the advertised listeners whose host is the broker's name on the compose network. */
    private static Set<String> internalListeners(String broker) {
        Set<String> names = new LinkedHashSet<>();
        names.add(broker);
        JsonNode hostname = services.path(broker).get("hostname");
        if (hostname != null) {
            names.add(hostname.asString());
        }
        Set<String> internal = new LinkedHashSet<>();
        for (String listener : environment(broker).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "").split(",")) {
            String address = listener.trim().replaceFirst("^[A-Za-z0-9_]+://", "");
            int colon = address.lastIndexOf(':');
            if (colon > 0 && names.contains(address.substring(0, colon))) {
                internal.add(address);
            }
        }
        return internal;
    }

    private static List<String> kafkaInitText() {
        JsonNode kafkaInit = services.get(KAFKA_INIT);
        if (kafkaInit == null) {
            return fail("docker-compose.yml: no '%s' service (creates the topics before the services start)",
                    KAFKA_INIT);
        }
        List<String> text = new ArrayList<>();
        text.addAll(scalars(kafkaInit.path("entrypoint")));
        text.addAll(scalars(kafkaInit.path("command")));
        text.addAll(environment(KAFKA_INIT).values());
        return text;
    }

    /** Every word of kafka-init's entrypoint, command and environment values, split on characters no topic name has. */
    private static Set<String> kafkaInitWords() {
        return kafkaInitText().stream()
                .flatMap(text -> Stream.of(text.split("[^A-Za-z0-9._-]+")))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The words that look like this platform's topic names (dotted), for failure messages. */
    private static List<String> topicLike(Set<String> words) {
        return words.stream().filter(word -> word.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+"))
                .filter(word -> !word.endsWith(".sh"))
                .toList();
    }

    private static Path prometheusConfig(String prometheus) {
        String configFile = scalars(services.path(prometheus).path("command")).stream()
                .flatMap(argument -> Stream.of(argument.split("\\s+")))
                .filter(argument -> argument.startsWith("--config.file="))
                .map(argument -> argument.substring("--config.file=".length()))
                .findFirst()
                .orElse(DEFAULT_PROMETHEUS_CONFIG);
        for (JsonNode volume : services.path(prometheus).path("volumes")) {
            String source;
            String target;
            if (volume.isObject()) {
                source = volume.path("source").asString("");
                target = volume.path("target").asString("");
            }
            else {
                String[] parts = volume.asString().split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
            }
            if (!(source.startsWith(".") || source.startsWith("/"))) {
                continue; // a named volume
            }
            if (configFile.equals(target)) {
                return root.resolve(source).normalize();
            }
            if (configFile.startsWith(target.endsWith("/") ? target : target + "/")) {
                return root.resolve(source).resolve(configFile.substring(target.length()).replaceFirst("^/", ""))
                        .normalize();
            }
        }
        return fail("%s: no bind mount provides %s", prometheus, configFile);
    }

    // ------------------------------------------------------------------ Dockerfile

    /** Instructions as {KEYWORD, arguments}, continuation lines joined, comments dropped. */
    private static List<String[]> dockerfileInstructions(Path dockerfile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dockerfile);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().trim();
            current.setLength(0);
            if (instruction.isEmpty()) {
                continue;
            }
            String[] parts = instruction.split("\\s+", 2);
            instructions.add(new String[] { parts[0].toUpperCase(), parts.length > 1 ? parts[1] : "" });
        }
        return instructions;
    }

    private static List<String> instructionArguments(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(instruction -> instruction[0].equals(keyword))
                .map(instruction -> instruction[1]).toList();
    }

    /** Docker's rule: the last pattern matching the path or one of its parent directories decides. */
    private static boolean dockerignoreExcludes(Path dockerignore, String path) {
        List<String> patterns;
        try {
            patterns = Files.readAllLines(dockerignore);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Path> candidates = new ArrayList<>();
        for (Path prefix = Path.of(path); prefix != null; prefix = prefix.getParent()) {
            candidates.add(prefix);
        }
        boolean excluded = false;
        for (String line : patterns) {
            String pattern = line.trim();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            pattern = stripDotSlash(exception ? pattern.substring(1).trim() : pattern).replaceFirst("^/+", "");
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            if (candidates.stream().anyMatch(matcher::matches)) {
                excluded = !exception;
            }
        }
        return excluded;
    }

    private static String stripDotSlash(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    // ------------------------------------------------------------------ helpers

    /** Empty when the image reference is pinned, else what is wrong with it. */
    private static Optional<String> imageTagProblem(String image) {
        if (image.contains("@sha256:")) {
            return Optional.empty();
        }
        int lastSlash = image.lastIndexOf('/');
        int colon = image.indexOf(':', lastSlash + 1);
        if (image.isBlank() || colon < 0) {
            return Optional.of("has no tag (implicitly 'latest')");
        }
        String tag = image.substring(colon + 1);
        if (tag.isBlank() || tag.equalsIgnoreCase("latest")) {
            return Optional.of("uses the tag '" + tag + "'");
        }
        return Optional.empty();
    }

    private static Optional<String> mongoDatabase(String uri) {
        Matcher matcher = MONGODB_DATABASE.matcher(uri.trim());
        return matcher.find() && !matcher.group(1).isBlank() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static List<String> mongoHosts(String uri) {
        Matcher matcher = Pattern.compile("^mongodb(?:\\+srv)?://(?:[^@/]*@)?([^/?]*)").matcher(uri.trim());
        if (!matcher.find()) {
            return List.of();
        }
        return Stream.of(matcher.group(1).split(","))
                .map(host -> host.replaceFirst(":\\d+$", ""))
                .filter(host -> !host.isBlank())
                .toList();
    }

    /** String values of a scalar, a list or a mapping (values only), recursively. */
    private static List<String> scalars(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (node.isValueNode()) {
            values.add(node.asString());
        }
        else {
            node.values().forEach(child -> values.addAll(scalars(child)));
        }
        return values;
    }

    private static JsonNode readYaml(Path file) {
        return YAML.readTree(file);
    }

    private static List<JsonNode> readYamlDocuments(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file)) {
            return documents.readAll().stream().filter(document -> document != null && document.isObject()).toList();
        }
    }
}
