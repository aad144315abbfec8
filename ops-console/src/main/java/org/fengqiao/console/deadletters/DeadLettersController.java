package org.fengqiao.console.deadletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.console.config.ConsoleProperties;
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

    /** The four services, whose consumer groups are named after them ({@code dispute-service-kpis} is dispute-service's). */
    static final List<String> SERVICES = List.of("dispute-service", "patrol-service", "citizen-service", "notification-service");

    private final TopicRecords records;
    private final PlatformApi api;
    private final ConsoleProperties properties;

    DeadLettersController(TopicRecords records, PlatformApi api, ConsoleProperties properties) {
        this.records = records;
        this.api = api;
        this.properties = properties;
    }

    /** A dead-letter topic as the page shows it: whose it is, and its latest records. */
    record DeadLetterTopic(String topic, String originalTopic, String group, String service, long held,
                           List<TopicRecords.ShownRecord> latest) {
    }

    /** One service's parked outbox events, or why they could not be read. */
    record Parked(String service, ApiAnswer answer) {
    }

    @GetMapping("/dead-letters")
    String deadLetters(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator, Model model) {
        List<DeadLetterTopic> topics = new ArrayList<>();
        try {
            for (String topic : records.topicsEndingIn(".dlt")) {
                TopicRecords.Latest latest = records.latest(topic, properties.deadLetterShown());
                String original = originalTopic(topic);
                String group = original == null ? "?" : topic.substring(original.length() + 1, topic.length() - ".dlt".length());
                topics.add(new DeadLetterTopic(topic, original, group, serviceOf(group).orElse("?"), latest.held(), latest.records()));
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
