package org.fengqiao.console.deadletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.fengqiao.console.config.ConsoleProperties;
import org.fengqiao.console.consumers.ConsumerGroups;
import org.fengqiao.console.platform.PlatformApi;
import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.fengqiao.console.platform.TopicRecords;
import org.fengqiao.events.Topics;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is stuck: each dead-letter topic's latest records (read from the broker, with the reason
 * and the original position the binder wrote in their headers), the events each service's outbox
 * parked, and the notifications parked after their last retry. Replays go through the services'
 * own operator endpoints, as the signed-in operator, and their answer is shown.
 */
@Controller
class DeadLettersController {

    /** The replay command's consumer group is the service's name with this suffix. */
    static final String REPLAY_GROUP_SUFFIX = "-dead-letter-replay";

    /** The four services, whose consumer groups are named after them ({@code dispute-service-kpis} is dispute-service's). */
    static final List<String> SERVICES = List.of("dispute-service", "patrol-service", "citizen-service", "notification-service");

    private final TopicRecords records;
    private final PlatformApi api;
    private final ConsoleProperties properties;
    private final ConsumerGroups groups;

    DeadLettersController(TopicRecords records, PlatformApi api, ConsoleProperties properties, ConsumerGroups groups) {
        this.records = records;
        this.api = api;
        this.properties = properties;
        this.groups = groups;
    }

    /**
     * A dead-letter topic as the page shows it: whose it is, its latest records, and how many of all
     * it holds were already replayed (the owning service's replay group has read past them).
     */
    record DeadLetterTopic(String topic, String originalTopic, String group, String service, long held, long waiting,
                           List<TopicRecords.ShownRecord> latest, java.util.Set<String> replayed) {

        /** Whether that record was already sent back to its original topic. */
        public boolean wasReplayed(TopicRecords.ShownRecord record) {
            return replayed.contains(record.partition() + "/" + record.offset());
        }
    }

    /** One service's parked outbox events, or why they could not be read. */
    record Parked(String service, ApiAnswer answer) {
    }

    @GetMapping("/dead-letters")
    String deadLetters(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator, Model model) {
        List<DeadLetterTopic> topics = new ArrayList<>();
        try {
            Map<String, Map<TopicPartition, Long>> committed = groups.committedOffsets();
            for (String topic : records.topicsEndingIn(".dlt")) {
                TopicRecords.Latest latest = records.latest(topic, properties.deadLetterShown());
                String original = originalTopic(topic);
                String group = original == null ? "?" : topic.substring(original.length() + 1, topic.length() - ".dlt".length());
                String service = serviceOf(group).orElse("?");
                // the replay command's own group (platform-kit's DeadLetterReplay) remembers how far it sent records back
                Map<TopicPartition, Long> replayedUpTo = committed.getOrDefault(service + REPLAY_GROUP_SUFFIX, Map.of());
                java.util.Set<String> replayed = new java.util.HashSet<>();
                for (TopicRecords.ShownRecord record : latest.records()) {
                    if (record.offset() < replayedUpTo.getOrDefault(new TopicPartition(topic, record.partition()), 0L)) {
                        replayed.add(record.partition() + "/" + record.offset());
                    }
                }
                long waiting = latest.ends().entrySet().stream().mapToLong(end -> end.getValue()
                        - Math.max(latest.starts().get(end.getKey()), replayedUpTo.getOrDefault(new TopicPartition(topic, end.getKey()), 0L))).sum();
                topics.add(new DeadLetterTopic(topic, original, group, service, latest.held(), Math.max(0, waiting), latest.records(), replayed));
            }
        } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
            model.addAttribute("problem", "The broker: " + e.getMessage());
        }
        model.addAttribute("topics", topics);
        model.addAttribute("parked", SERVICES.stream()
                .map(service -> new Parked(service, api.get(operator, "/api/v1/ops/" + service + "/outbox/parked", Map.of("limit", 100))))
                .toList());
        model.addAttribute("parkedNotifications", api.get(operator, "/api/v1/notifications/parked", Map.of("limit", 100)));
        return "dead-letters";
    }

    @PostMapping("/dead-letters/replay")
    String replay(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator, @RequestParam String topic,
                  RedirectAttributes redirect) {
        String original = originalTopic(topic);
        Optional<String> service = original == null ? Optional.empty()
                : serviceOf(topic.substring(original.length() + 1, topic.length() - ".dlt".length()));
        if (service.isEmpty()) {
            redirect.addFlashAttribute("problem", "Not a dead-letter topic of the platform's services: " + topic);
            return "redirect:/dead-letters";
        }
        ApiAnswer answer = api.post(operator, "/api/v1/ops/" + service.get() + "/dead-letters/" + topic + "/replay");
        redirect.addFlashAttribute(answer.ok() ? "message" : "problem",
                answer.ok() ? "Replayed " + topic + " through " + service.get() + ": " + answer.body() : answer.problem());
        return "redirect:/dead-letters";
    }

    @PostMapping("/dead-letters/notifications/{id}/replay")
    String replayNotification(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator,
                              @PathVariable String id, RedirectAttributes redirect) {
        ApiAnswer answer = api.post(operator, "/api/v1/notifications/" + id + "/replay");
        redirect.addFlashAttribute(answer.ok() ? "message" : "problem",
                answer.ok() ? "Notification " + id + " is sent again: " + String.valueOf(answer.body().get("status")) : answer.problem());
        return "redirect:/dead-letters";
    }

    /** {@code <topic>.<group>.dlt} → {@code <topic>}, for the platform's four topics; else null. */
    static String originalTopic(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(".dlt")) {
            return null;
        }
        return Topics.ALL.stream().filter(topic -> deadLetterTopic.startsWith(topic + ".")).findFirst().orElse(null);
    }

    static Optional<String> serviceOf(String group) {
        return SERVICES.stream().filter(service -> group.equals(service) || group.startsWith(service + "-")).findFirst();
    }
}
