package org.fengqiao.notification.notification.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fengqiao.notification.notification.application.Alerts;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alerts nobody has acknowledged yet: the operators' and the duty officers' board. */
@RestController
@Validated
@RequestMapping("/api/v1/alerts")
@Tag(name = "Notifications")
class AlertController {

    /**
     * An open alert: what raised it, how long ago, how often it has repeated and how far down its
     * duty roster it has gone.
     */
    record OpenAlert(String id, Urgency urgency, String ruleId, String triggerEventType, String triggerEventId, String subjectId,
                     Instant raisedAt, long ageSeconds, int repeats, Instant nextRepeatAt, String rosterId, int escalationStep) {

        static OpenAlert of(Alert alert, Instant now) {
            return new OpenAlert(alert.id(), alert.urgency(), alert.ruleId(), alert.triggerEventType(), alert.triggerEventId(),
                    alert.subjectId(), alert.raisedAt(), Math.max(0, Duration.between(alert.raisedAt(), now).toSeconds()),
                    alert.repeats(), alert.nextRepeatAt(), alert.rosterId(), alert.escalationStep());
        }
    }

    private final Alerts alerts;
    private final Clock clock;

    AlertController(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Unacknowledged URGENT and CRITICAL alerts, newest first")
    List<OpenAlert> open(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        Instant now = clock.instant();
        return alerts.open(limit).stream().map(alert -> OpenAlert.of(alert, now)).toList();
    }
}
