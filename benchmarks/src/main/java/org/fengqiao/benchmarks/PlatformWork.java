package org.fengqiao.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The platform's own work during a step, so it can be set beside the raw store and broker
 * figures: the store commands each service sent (Micrometer's {@code mongodb.driver.commands}
 * from each instance's Prometheus endpoint, read with an operator's token), and the records each
 * topic gained (its end offsets). Divided by the reports of the step; the URGENT alerts and the
 * services' own background work of the step are in it too.
 */
final class PlatformWork {

    /** One instance of a service: its name and base URL. */
    record Instance(String service, String baseUrl) {
    }

    /** Counts at one moment: service → store command → commands sent; topic → records. */
    record Snapshot(Map<String, Map<String, Double>> commands, Map<String, Long> records) {
    }

    /** The difference of two snapshots, per report. */
    record PerReport(Map<String, Map<String, Double>> commands, Map<String, Double> records) {

        String describe() {
            return describeStore() + " | " + describeRecords();
        }

        /** "store commands 14.2: dispute-service 6.1 (update 2.0, insert 2.0, ...); ..." */
        String describeStore() {
            String byService = commands.entrySet().stream()
                    .map(service -> String.format("%s %.1f (%s)", service.getKey(), total(service.getValue()),
                            service.getValue().entrySet().stream().filter(c -> c.getValue() >= 0.05)
                                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                                    .map(c -> String.format("%s %.1f", c.getKey(), c.getValue())).collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("; "));
            return String.format("store commands %.1f: %s", commands.values().stream().mapToDouble(PlatformWork::total).sum(), byService);
        }

        /** "records 6.0: dispute.events 3.0, notification.events 3.0" */
        String describeRecords() {
            String byTopic = records.entrySet().stream().filter(t -> t.getValue() >= 0.05)
                    .map(t -> String.format("%s %.1f", t.getKey(), t.getValue())).collect(Collectors.joining(", "));
            return String.format("records %.1f: %s", records.values().stream().mapToDouble(Double::doubleValue).sum(), byTopic);
        }
    }

    /** Commands that are the platform's own work, not the driver's housekeeping. */
    private static final Set<String> HOUSEKEEPING = Set.of("ping", "hello", "isMaster", "ismaster", "createIndexes", "listIndexes",
            "buildInfo", "endSessions");
    private static final Pattern COMMANDS = Pattern.compile("^mongodb_driver_commands_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern COMMAND = Pattern.compile("(?:^|,)command=\"([^\"]+)\"");

    private final List<Instance> instances;
    private final String bootstrapServers;
    private final Map<String, Object> login;
    private final java.util.function.Supplier<String> operatorToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlatformWork(List<Instance> instances, String bootstrapServers, Map<String, Object> login,
                 java.util.function.Supplier<String> operatorToken) {
        this.instances = List.copyOf(instances);
        this.bootstrapServers = bootstrapServers;
        this.login = Map.copyOf(login);
        this.operatorToken = operatorToken;
    }

    Snapshot take() {
        String token = operatorToken.get();
        Map<String, Map<String, Double>> commands = new TreeMap<>();
        for (Instance instance : instances) {
            Map<String, Double> ofService = commands.computeIfAbsent(instance.service(), s -> new TreeMap<>());
            commandCounts(scrape(instance.baseUrl(), token)).forEach((command, count) -> ofService.merge(command, count, Double::sum));
        }
        return new Snapshot(commands, topicEnds());
    }

    static PerReport perReport(Snapshot before, Snapshot after, int reports) {
        double n = Math.max(1, reports);
        Map<String, Map<String, Double>> commands = new TreeMap<>();
        after.commands().forEach((service, counts) -> {
            Map<String, Double> earlier = before.commands().getOrDefault(service, Map.of());
            Map<String, Double> delta = new TreeMap<>();
            counts.forEach((command, count) -> delta.put(command, (count - earlier.getOrDefault(command, 0.0)) / n));
            commands.put(service, delta);
        });
        Map<String, Double> records = new TreeMap<>();
        after.records().forEach((topic, end) -> records.put(topic, (end - before.records().getOrDefault(topic, 0L)) / n));
        return new PerReport(commands, records);
    }

    /** command → count, over every collection of one instance's scrape. */
    static Map<String, Double> commandCounts(String prometheusText) {
        Map<String, Double> counts = new HashMap<>();
        Matcher line = COMMANDS.matcher(prometheusText);
        while (line.find()) {
            Matcher command = COMMAND.matcher(line.group(1));
            if (command.find() && !HOUSEKEEPING.contains(command.group(1))) {
                counts.merge(command.group(1), Double.parseDouble(line.group(2)), Double::sum);
            }
        }
        return counts;
    }

    private String scrape(String baseUrl, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private Map<String, Long> topicEnds() {
        Map<String, Object> config = new HashMap<>(login);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> !t.startsWith("_")).collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> ends = new TreeMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, offset) -> ends.merge(partition.topic(), offset.offset(), Long::sum));
            return ends;
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static double total(Map<String, Double> counts) {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
