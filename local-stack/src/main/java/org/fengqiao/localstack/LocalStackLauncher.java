package org.fengqiao.localstack;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code java -jar local-stack-<version>-exec.jar [options]}: starts Kafka, Mongo and the services,
 * waits until they are healthy, loads the demo data on the first start, prints where everything
 * is, and runs until Ctrl-C (SIGINT/SIGTERM), which stops everything in order.
 */
public final class LocalStackLauncher {

    /** Exit code for bad options / missing jars and the like. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when something did not start or become healthy. */
    public static final int EXIT_START_FAILED = 1;

    private final LauncherOptions options;
    private final PrintStream out;
    private final long t0 = System.nanoTime();
    private volatile boolean startFailed;

    LocalStackLauncher(LauncherOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.err.println();
            System.err.print(LauncherOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help()) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        int exit = new LocalStackLauncher(options, System.out).run();
        System.exit(exit);
    }

    /** Starts the stack and blocks until the JVM shuts down; returns an exit code only on failure. */
    int run() {
        out.println("Starting the Fengqiao platform locally (data dir " + options.dataDir().toAbsolutePath().normalize()
                + ", services " + (options.services().isEmpty() ? "none" : String.join(", ", options.services())) + ")");
        LocalStack stack;
        try {
            LocalStack.Builder builder = options.toBuilder().events(this::event);
            if (options.demoData()) {
                builder.demoYear();
            }
            stack = builder.build();
        } catch (LocalStackException | IllegalArgumentException e) {
            out.println();
            out.println("ERROR: " + e.getMessage());
            return EXIT_USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                if (stack.isRunning()) {
                    out.println();
                    event("Shutting down ...");
                }
                stack.stop();
                if (!startFailed) {
                    event("Stopped. Data kept in " + stack.dataDir());
                }
            } catch (RuntimeException e) {
                out.println("Error while stopping: " + e);
            } finally {
                out.flush();
                stopped.countDown();
            }
        }, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        try {
            stack.start();
        } catch (LocalStackException e) {
            startFailed = true;
            out.println();
            out.println("ERROR: " + e.getMessage());
            for (Throwable suppressed : e.getSuppressed()) {
                out.println("also: " + suppressed.getMessage());
            }
            boolean missingJars = e.getMessage() != null && e.getMessage().startsWith("Missing service jar");
            return missingJars ? EXIT_USAGE : EXIT_START_FAILED;
        }

        java.time.Duration startedIn = sinceJvmStart();
        String demo = loadDemoData(stack);
        printSummary(stack, demo, startedIn);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private String loadDemoData(LocalStack stack) {
        if (!options.demoData()) {
            return "not loaded (--no-demo-data)";
        }
        if (stack.services().stream().noneMatch(s -> DemoData.batches().containsKey(s.name()))) {
            return "none for the selected services";
        }
        List<DemoData.Result> results = DemoData.loadIfFirstStart(stack);
        int created = 0;
        int failed = 0;
        boolean anyLoaded = false;
        for (DemoData.Result result : results) {
            if (!result.skipped()) {
                anyLoaded = true;
                created += result.created();
                failed += result.failures().size();
                event("Demo data " + result.summary());
                if (!result.failures().isEmpty()) {
                    event("  first failure: " + result.failures().get(0));
                }
            }
        }
        if (!anyLoaded) {
            return "already loaded on an earlier start (delete " + stack.dataDir().resolve("demo-data") + " to load again)";
        }
        String loaded = created + " records loaded: " + results.stream().filter(r -> !r.skipped())
                .map(r -> r.created() + " via " + r.service()).collect(Collectors.joining(", "));
        if (created == 0) {
            return "none loaded, the services rejected all " + failed + " (see above); tried again on the next start";
        }
        return failed == 0 ? loaded : loaded + " (" + failed + " rejected, see above)";
    }

    private void printSummary(LocalStack stack, String demo, java.time.Duration startedIn) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        s.append(nl).append("Fengqiao platform is up - started in ")
                .append(String.format("%.1f s", startedIn.toMillis() / 1000.0)).append(nl).append(nl);
        boolean gateway = stack.services().stream().anyMatch(p -> p.name().equals(ServiceDefinition.GATEWAY.name()));
        boolean identity = stack.services().stream().anyMatch(p -> p.name().equals(ServiceDefinition.IDENTITY.name()));
        if (gateway) {
            s.append(String.format("  %-22s %s/api/v1/...   (the one front door for apps; every call needs a token)%n",
                    "Gateway", stack.gatewayUrl()));
            s.append(String.format("  %-22s %s/swagger-ui.html  (all four APIs, sign in with the button)%n", "Swagger UI",
                    stack.gatewayUrl()));
            if (stack.services().stream().anyMatch(p -> p.name().equals(ServiceDefinition.OPS_CONSOLE.name()))) {
                s.append(String.format("  %-22s %s/ops/  (operations console: sign in as OP-01)%n", "Operations console",
                        stack.gatewayUrl()));
            }
            stack.services().stream().filter(p -> p.name().equals(ServiceDefinition.ZIPKIN.name())).findFirst().ifPresent(zipkin ->
                    s.append(String.format("  %-22s http://localhost:%d/zipkin/  (every flow's trace, kept in memory)%n", "Traces (Zipkin)",
                            zipkin.port())));
        }
        if (identity) {
            s.append(String.format("  %-22s %s  (OpenID Connect: %s/.well-known/openid-configuration)%n", "Sign-in",
                    stack.identityUrl(), stack.identityUrl()));
            s.append(String.format("  %-22s every made-up person signs in with their id and the password '%s'%n", "Demo people",
                    LocalStack.DEMO_PASSWORD));
            s.append(String.format("  %-22s CO-02 community officer of GC-103/GC-104, IV-0007 grid worker, PO-01 police on duty,%n", ""));
            s.append(String.format("  %-22s PM-03 mediator, PT-20-M01 patrol leader, RD-01 registration desk, OP-01 operator,%n", ""));
            s.append(String.format("  %-22s CZ-90001 resident (all: identity/src/main/resources/org/fengqiao/identity/seed/people.json)%n", ""));
            s.append(String.format("  %-22s TOKEN=$(curl -s -X POST %s/dev/tokens/CO-02)   (development only)%n", "A token", stack.identityUrl()));
        }
        s.append(nl);
        for (ServiceProcess service : stack.services()) {
            String base = service.baseUrl();
            s.append(String.format("  %-22s %s  (health %s/actuator/health, log %s)%n", service.name(), base, base, service.logFile()));
        }
        s.append(String.format("  %-22s %s  (SASL/SCRAM-SHA-256; read-only login 'subscriber', password in %s)%n", "Kafka bootstrap",
                stack.kafkaBootstrapServers(), stack.dataDir().resolve(BrokerLogins.FILE_NAME)));
        s.append(String.format("  %-22s %s  (databases: %s)%n", "MongoDB", stack.mongo().connectionString(),
                ServiceDefinition.ALL.stream().filter(ServiceDefinition::hasDatabase).map(ServiceDefinition::database)
                        .collect(Collectors.joining(", "))));
        s.append(String.format("  %-22s %s:%d  (accepts every e-mail, keeps it in memory)%n", "SMTP server", "127.0.0.1",
                stack.mail().port()));
        s.append(String.format("  %-22s %s%n", "Data dir", stack.dataDir()));
        s.append(String.format("  %-22s %s%n", "Demo data", demo));
        Map<String, Long> rss = stack.residentMemoryKb();
        s.append(String.format("  %-22s %s total (%s)%n", "Resident memory",
                ProcessUsage.format(stack.totalResidentMemoryKb()),
                rss.entrySet().stream().map(e -> e.getKey() + " " + ProcessUsage.format(e.getValue()))
                        .collect(Collectors.joining(", "))));
        s.append(nl).append("Press Ctrl-C to stop.").append(nl);
        out.print(s);
        out.flush();
    }

    /** Start-up time as a user sees it: from the launcher JVM's start (falls back to main's start). */
    private java.time.Duration sinceJvmStart() {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long millis = jvmStart > 0 ? System.currentTimeMillis() - jvmStart : (System.nanoTime() - t0) / 1_000_000;
        return java.time.Duration.ofMillis(millis);
    }

    private void event(String message) {
        out.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, message);
        out.flush();
    }
}
