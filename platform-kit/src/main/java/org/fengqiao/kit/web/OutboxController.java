package org.fengqiao.kit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.kit.outbox.ParkedEvents;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the outbox relay could never publish. */
@RestController
@Tag(name = "Operations")
public class OutboxController {

    private final ParkedEvents parked;

    public OutboxController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping("/api/v1/outbox/parked")
    @Operation(summary = "Events the broker can never take (too large, invalid topic), parked so their aggregates go on",
            description = "Each is also logged at ERROR and counted as outbox_events_parked_total{type}. They stay in their documents.")
    List<ParkedEvents.Parked> parked(@RequestParam(defaultValue = "100") int limit) {
        return parked.list(Math.max(1, Math.min(limit, 1000)));
    }
}
