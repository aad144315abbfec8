package org.fengqiao.console.alerts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.console.cases.CaseIndex;
import org.fengqiao.console.flow.RecordSummary;
import org.fengqiao.console.platform.PlatformApi;
import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The alerts board: URGENT and CRITICAL alerts nobody has acknowledged, with their age and repeats
 * (notification-service's own list), and who was told on which channel (the notifications sent
 * for the event that raised each, from the case index).
 */
@Controller
class AlertsController {

    /** An open alert and the people told so far ("CO-02 by IN_APP"). */
    record Board(Map<String, Object> alert, List<String> told) {
    }

    private final PlatformApi api;
    private final CaseIndex index;

    AlertsController(PlatformApi api, CaseIndex index) {
        this.api = api;
        this.index = index;
    }

    @GetMapping("/alerts")
    String alerts(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator, Model model) {
        ApiAnswer open = api.get(operator, "/api/v1/alerts", Map.of("limit", 200));
        List<Board> board = new ArrayList<>();
        for (Object item : open.items()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> alert = (Map<String, Object>) item;
            board.add(new Board(alert, told(String.valueOf(alert.get("triggerEventId")))));
        }
        model.addAttribute("open", open);
        model.addAttribute("board", board);
        return "alerts";
    }

    private List<String> told(String triggerEventId) {
        Set<String> told = new LinkedHashSet<>();
        for (RecordSummary record : index.find(triggerEventId)) {
            if (record.type().equals("NotificationSent") && triggerEventId.equals(record.references().get("triggerEventId"))) {
                told.add(record.details().getOrDefault("recipientId", "?") + " by " + record.details().getOrDefault("channel", "?"));
            }
        }
        return List.copyOf(told);
    }
}
