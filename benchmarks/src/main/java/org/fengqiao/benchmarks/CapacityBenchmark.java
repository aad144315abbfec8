package org.fengqiao.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.fengqiao.localstack.BrokerAccess;
import org.fengqiao.localstack.LocalStack;
import org.fengqiao.localstack.ServiceDefinition;
import org.fengqiao.localstack.ProcessUsage;

/**
 * {@code benchmarks/run.sh [--rates=10,20,50] [--duration=30] [--drain=120]}: starts a fresh local
 * stack (its own data dir, free ports), measures the raw broker and the raw store in the same JVM
 * that runs them, then the platform at each rate, open loop, and prints one table: the machine's
 * limits beside the platform's figures, so the distance between them is visible.
 */
public final class CapacityBenchmark {

    /**
     * @param preloadDisputes      when above 0: after the steps, grow the stores to this many
     *                             disputes and {@code preloadNotifications} notifications and run
     *                             the same steps again
     */
    record Options(List<Double> rates, int seconds, Duration drain, int recordSize, long preloadDisputes, long preloadNotifications,
                   int instances, List<String> serviceJvmOptions, Map<String, List<String>> extraJvmOptions, boolean console,
                   List<Integer> patrolMonth) {

        static Options parse(String... args) {
            List<Double> rates = List.of(10.0, 20.0, 50.0);
            int seconds = 30;
            Duration drain = Duration.ofSeconds(120);
            long disputes = 0;
            long notifications = 0;
            int instances = 1;
            boolean console = false;
            List<Integer> patrolMonth = List.of();
            Map<String, List<String>> extraJvmOptions = new LinkedHashMap<>();
            List<String> serviceJvmOptions = LocalStack.DEFAULT_SERVICE_JVM_OPTIONS;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                switch (pair[0]) {
                    case "--rates" -> rates = pair[1].isBlank() ? List.of()
                            : Arrays.stream(pair[1].split(",")).map(String::trim).map(Double::parseDouble).toList();
                    case "--duration" -> seconds = Integer.parseInt(pair[1]);
                    case "--drain" -> drain = Duration.ofSeconds(Long.parseLong(pair[1]));
                    case "--preload" -> {
                        String[] sizes = pair.length > 1 ? pair[1].split(",") : new String[] {"100000", "500000"};
                        disputes = Long.parseLong(sizes[0].trim());
                        notifications = Long.parseLong(sizes[sizes.length - 1].trim());
                    }
                    case "--instances" -> instances = Integer.parseInt(pair[1]);
                    case "--with-console" -> console = true;
                    case "--patrol-month" -> patrolMonth = Arrays.stream(pair[1].split(",")).map(String::trim).map(Integer::parseInt).toList();
                    case "--service-jvm-opts" -> serviceJvmOptions = pair[1].isBlank() ? List.of() : List.of(pair[1].trim().split("\\s+"));
                    case "--jvm-opts-of" -> {
                        String[] serviceAndOptions = pair.length < 2 ? new String[0] : pair[1].split(":", 2);
                        if (serviceAndOptions.length < 2 || serviceAndOptions[1].isBlank()) {
                            throw new IllegalArgumentException("--jvm-opts-of needs SERVICE:OPTIONS, e.g. --jvm-opts-of=dispute-service:-Xmx200m");
                        }
                        extraJvmOptions.computeIfAbsent(serviceAndOptions[0].trim(), s -> new ArrayList<>())
                                .addAll(List.of(serviceAndOptions[1].trim().split("\\s+")));
                    }
                    case "--help" -> {
                        System.out.println("benchmarks/run.sh [--rates=10,20,50] [--duration=SECONDS per rate, 30] [--drain=SECONDS, 120]"
                                + " [--preload[=DISPUTES,NOTIFICATIONS], 100000,500000: then the same rates again with that much stored]"
                                + " [--instances=N, 1: instances of dispute-service and of notification-service]"
                                + " [--service-jvm-opts='OPTIONS': the services' JVM options instead of the local stack's defaults]"
                                + " [--jvm-opts-of='SERVICE:OPTIONS': added after the others for that service; repeatable]"
                                + " [--with-console: the operations console runs too, indexing every record into the same store]"
                                + " [--patrol-month=SHIFTS,...: after the steps, fill this month with that many patrols, step by step,"
                                + " and read its assessment and patrol KPIs after each; --rates= (empty) for that alone]");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg + " (see --help)");
                }
            }
            return new Options(rates, seconds, drain, 600, disputes, notifications, instances, serviceJvmOptions, extraJvmOptions, console,
                    patrolMonth);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path dataDir = Files.createTempDirectory("fengqiao-benchmark-");
        System.out.println("Starting a fresh local stack in " + dataDir + " ...");
        // the platform's processes; the operations console (an operator's tool that reads every topic) only when asked for
        List<String> processes = ServiceDefinition.ALL.stream().map(ServiceDefinition::name)
                .filter(name -> options.console() || !name.equals(ServiceDefinition.OPS_CONSOLE.name())).toList();
        LocalStack.Builder builder = LocalStack.builder().dataDir(dataDir).freePorts().services(processes).events(event -> { })
                .jvmOptions(options.serviceJvmOptions())
                .instances("dispute-service", options.instances()).instances("notification-service", options.instances());
        options.extraJvmOptions().forEach(builder::extraJvmOptions);
        try (LocalStack stack = builder.start()) {
            // stopped with Ctrl-C or SIGTERM: the services go too, not only this JVM's broker and store, and the data with them
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                removeData(dataDir);
            }, "benchmark-stop-stack"));
            System.out.printf("healthy in %.1f s%n", stack.startupTime().toMillis() / 1000.0);
            Map<String, Long> idle = stack.residentMemoryKb();

            System.out.println("Raw broker ...");
            RawBroker.Result broker = RawBroker.measure(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.ADMIN), options.recordSize(), 100_000, 2_000, 10);
            System.out.println("Raw store ...");
            RawStore.Result store = RawStore.measure(stack.mongoUri("benchmark"), options.recordSize(), 3_000, 20_000);

            Map<String, String> tokens = new ConcurrentHashMap<>();
            List<String> disputeInstances = stack.services().stream().filter(s -> s.definition().name().equals("dispute-service"))
                    .map(s -> s.baseUrl()).toList();
            PlatformLoad.Target target = new PlatformLoad.Target(disputeInstances,
                    stack.service("patrol-service").baseUrl(), person -> tokens.computeIfAbsent(person, stack::devToken));
            List<Step> steps = new ArrayList<>();
            Map<String, Long> peak = new LinkedHashMap<>(idle);
            PlatformWork work = new PlatformWork(stack.services().stream()
                    .filter(s -> s.definition().name().endsWith("-service"))
                    .map(s -> new PlatformWork.Instance(s.definition().name(), s.baseUrl())).toList(),
                    stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.ADMIN),
                    () -> tokens.computeIfAbsent("OP-01", stack::devToken));
            StoredData stored = new StoredData(stack.mongoUri("admin"));
            stored.remember(List.of("dispute", "notification"));
            try (FlowObserver observer = new FlowObserver(stack.kafkaBootstrapServers(), stack.kafkaClientProperties(BrokerAccess.SUBSCRIBER))) {
                steps.addAll(steps(stack, target, observer, work, tokens, peak, options, "as started"));
                if (options.preloadDisputes() > 0) {
                    System.out.printf("Growing the stores to %,d disputes and %,d notifications ...%n", options.preloadDisputes(),
                            options.preloadNotifications());
                    long start = System.nanoTime();
                    Map<String, Long> sizes = new LinkedHashMap<>(stored.grow(new StoredData.Growth("dispute", "disputes",
                            options.preloadDisputes(), Map.of("disputes", d -> true, "dispute_kpi_events", d -> true))));
                    sizes.putAll(stored.grow(new StoredData.Growth("notification", "notifications", options.preloadNotifications(),
                            Map.of("notifications", d -> "DELIVERED".equals(d.getString("status"))))));
                    System.out.printf("  in %d s: %s%n", (System.nanoTime() - start) / 1_000_000_000L, sizes);
                    steps.addAll(steps(stack, target, observer, work, tokens, peak, options, String.format("%,d disputes, %,d notifications",
                            sizes.getOrDefault("dispute.disputes", 0L), sizes.getOrDefault("notification.notifications", 0L))));
                }
            }
            List<AssessmentReads.Result> assessments = new ArrayList<>();
            if (!options.patrolMonth().isEmpty()) {
                AssessmentReads reads = new AssessmentReads(stack.service("patrol-service").baseUrl(), person -> tokens.computeIfAbsent(person, stack::devToken));
                for (int shifts : options.patrolMonth()) {
                    System.out.printf("Filling this month to %,d patrols ...%n", shifts);
                    AssessmentReads.Result result = reads.fillAndMeasure(shifts);
                    stack.residentMemoryKb().forEach((process, kb) -> peak.merge(process, kb, Math::max));
                    System.out.println("  " + result.describe());
                    assessments.add(result);
                }
            }
            System.out.println();
            System.out.print(table(broker, store, steps, assessments, idle, peak, options));
        } finally {
            // a run with --preload leaves gigabytes: a fresh stack each run needs none of it afterwards
            removeData(dataDir);
        }
    }

    private static void removeData(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("could not remove " + dataDir + ": " + e.getMessage());
        }
    }

    /** One step of the platform run, what was stored when it began, and the platform's work per report in it. */
    record Step(PlatformLoad.Result result, String stored, PlatformWork.PerReport work, CpuUse cpu, KpiReads.Result kpiReads) {
    }

    private static List<Step> steps(LocalStack stack, PlatformLoad.Target target, FlowObserver observer, PlatformWork work,
                                    Map<String, String> tokens,
                                    Map<String, Long> peak, Options options, String stored) {
        List<Step> steps = new ArrayList<>();
        for (double rate : options.rates()) {
            System.out.printf("Platform at %.0f reports/s for %d s (stored: %s) ...%n", rate, options.seconds(), stored);
            tokens.clear();
            PlatformWork.Snapshot before = work.take();
            Map<String, Long> cpuBefore = stack.cpuMillis();
            long started = System.nanoTime();
            PlatformLoad.Result result = new PlatformLoad().run(target, observer, rate, options.seconds(), options.drain());
            CpuUse cpu = CpuUse.between(cpuBefore, stack.cpuMillis(), (System.nanoTime() - started) / 1_000_000, result.accepted(),
                    Runtime.getRuntime().availableProcessors());
            PlatformWork.PerReport perReport = PlatformWork.perReport(before, work.take(), result.accepted());
            stack.residentMemoryKb().forEach((process, kb) -> peak.merge(process, kb, Math::max));
            System.out.println("  " + summary(result));
            System.out.println("  per report: " + perReport.describe());
            System.out.println("  CPU: " + cpu.describe());
            KpiReads.Result kpiReads = new KpiReads().measure(target.disputeServiceUrls().get(0), tokens.computeIfAbsent("PO-01", stack::devToken));
            System.out.println("  KPI reads: " + kpiReads.describe());
            steps.add(new Step(result, stored, perReport, cpu, kpiReads));
        }
        return steps;
    }

    private static String summary(PlatformLoad.Result r) {
        return String.format("accepted %d/%d; to topic %s; to in-app %s; not delivered %d, duplicated %d; end to end %.1f/s; "
                        + "urgent alert to in-app %s (%d of %d); drained in %d s",
                r.accepted(), r.offered(), r.toTopic().describe(), r.toInApp().describe(), r.notDelivered(), r.duplicated(),
                r.endToEndPerSecond(), r.urgentToInApp().describe(), r.urgentOffered() - r.urgentNotDelivered(), r.urgentOffered(),
                r.drained().toSeconds());
    }

    static String table(RawBroker.Result broker, RawStore.Result store, List<Step> steps, List<AssessmentReads.Result> assessments,
                        Map<String, Long> idle, Map<String, Long> peak, Options options) {
        StringBuilder out = new StringBuilder();
        out.append("Capacity benchmark, ").append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append(", ").append(machine())
                .append(options.instances() > 1 ? ", " + options.instances() + " instances of dispute-service and of notification-service" : "")
                .append("\n\n");
        out.append("| what | figure |\n|---|---|\n");
        out.append(String.format("| raw broker, %d B records, acks=all, idempotent | %,.0f records/s flat out; at %,d/s open loop: %s |%n",
                broker.recordSize(), broker.recordsPerSecond(), broker.fixedRate(), broker.latency().describe()));
        out.append(String.format("| raw store, %d B documents, one at a time by _id | insert %,.0f/s, read %,.0f/s, update %,.0f/s |%n",
                store.documentSize(), store.insertsPerSecond(), store.readsByIdPerSecond(), store.updatesByIdPerSecond()));
        out.append(String.format("| raw store, batches of 100 | %,.0f documents/s |%n", store.batchedInsertsPerSecond()));
        out.append("\n| stored before | reports/s offered (for ").append(options.seconds()).append(" s) | accepted | POST → DisputeReported on the topic "
                + "| POST → in-app delivered | not delivered after drain | delivered twice | end to end | URGENT alert → in-app (meanwhile) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Step step : steps) {
            PlatformLoad.Result r = step.result();
            out.append(String.format("| %s | %.0f | %d/%d | %s | %s | %d | %d | %.1f/s | %s |%n", step.stored(), r.rate(), r.accepted(),
                    r.offered(), r.toTopic().describe(), r.toInApp().describe(), r.notDelivered(), r.duplicated(), r.endToEndPerSecond(),
                    r.urgentToInApp().describe()));
        }
        out.append("\nThe platform's work per report accepted (the URGENT alerts and the services' background work of the step included):\n\n")
                .append("| stored before | reports/s offered | store commands, by service and command | records, by topic | CPU, by process (local-stack: the broker, the store and the load itself) |\n|---|---|---|---|---|\n");
        for (Step step : steps) {
            out.append(String.format("| %s | %.0f | %s | %s | %s |%n", step.stored(), step.result().rate(), step.work().describeStore(),
                    step.work().describeRecords(), step.cpu().describe()));
        }
        out.append("\nReading the year's KPIs after each step (").append(KpiReads.TIMES)
                .append(" requests each way, one at a time; the disputes stored grow step by step):\n\n")
                .append("| stored before | reports/s offered | disputes in the year | from the running tallies | folded from the log (asOf) |\n|---|---|---|---|---|\n");
        for (Step step : steps) {
            KpiReads.Result reads = step.kpiReads();
            out.append(String.format("| %s | %.0f | %,d | %s | %s |%n", step.stored(), step.result().rate(), reads.cohort(),
                    reads.tallies().describe(), reads.folded().describe()));
        }
        if (!assessments.isEmpty()) {
            out.append("\nReading this month's team assessment and patrol KPIs as its patrols accumulate (").append(AssessmentReads.TIMES)
                    .append(" requests each after the first, one at a time):\n\n")
                    .append("| shifts in the month | written with | first ranking read | ranking | patrol KPIs |\n|---|---|---|---|---|\n");
            for (AssessmentReads.Result reads : assessments) {
                out.append(String.format("| %,d | %,d requests in %d s | %.0f ms | %s | %s |%n", reads.shifts(), reads.writes(),
                        reads.writing().toSeconds(), reads.first(), reads.ranking().describe(), reads.kpis().describe()));
            }
        }
        out.append("\nResident memory, idle → highest after a step: ").append(peak.entrySet().stream()
                .map(e -> e.getKey() + " " + ProcessUsage.format(idle.getOrDefault(e.getKey(), -1L)) + " → "
                        + ProcessUsage.format(e.getValue()))
                .collect(Collectors.joining(", "))).append("\n");
        return out.toString();
    }

    private static String machine() {
        long memoryKb = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            memoryKb = -1;
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + ProcessUsage.format(memoryKb) + ", Java "
                + System.getProperty("java.version") + ", all processes on this machine";
    }

    private CapacityBenchmark() {
    }
}
