package org.fengqiao.console.flow;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live flow: the page, and its stream of snapshots (Server-Sent Events, one a second, event
 * name {@code flow}) that the page's script draws as they come.
 */
@Controller
class FlowController {

    private final FlowStats stats;
    private final Set<SseEmitter> watchers = new CopyOnWriteArraySet<>();

    FlowController(FlowStats stats) {
        this.stats = stats;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/flow";
    }

    @GetMapping("/flow")
    String flow(Model model) {
        model.addAttribute("snapshot", stats.snapshot());
        return "flow";
    }

    @GetMapping("/flow/snapshot")
    @ResponseBody
    FlowStats.Snapshot snapshot() {
        return stats.snapshot();
    }

    @GetMapping(path = "/flow/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        SseEmitter emitter = new SseEmitter(0L);
        watchers.add(emitter);
        emitter.onCompletion(() -> watchers.remove(emitter));
        emitter.onTimeout(() -> watchers.remove(emitter));
        emitter.onError(e -> watchers.remove(emitter));
        send(emitter, stats.snapshot());
        return emitter;
    }

    @Scheduled(fixedRate = 1000)
    void tick() {
        if (watchers.isEmpty()) {
            return;
        }
        FlowStats.Snapshot snapshot = stats.snapshot();
        watchers.forEach(emitter -> send(emitter, snapshot));
    }

    private void send(SseEmitter emitter, FlowStats.Snapshot snapshot) {
        try {
            emitter.send(SseEmitter.event().name("flow").data(snapshot, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            watchers.remove(emitter);
        }
    }
}
