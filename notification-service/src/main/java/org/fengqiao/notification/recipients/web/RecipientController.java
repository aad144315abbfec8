package org.fengqiao.notification.recipients.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.QuietHours;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Recipients' contact details and preferences, and the duty rosters. */
@RestController
@Tag(name = "Recipients", description = "Who is notified, how they are reached, what they prefer; duty rosters")
class RecipientController {

    record ContactRequest(@Schema(example = "Patrol team PT-03") @Size(max = 200) String name, @NotNull Recipient.Kind kind,
                          @Schema(example = "zh-CN") @Pattern(regexp = "zh-CN|en") String language,
                          @Schema(example = "pt-03@teams.example") @Size(max = 320) String email,
                          @Schema(example = "http://chat-robot.example/hook/pt-03") @Size(max = 2000) String webhookUrl) {
    }

    record QuietHoursRequest(@Schema(example = "22:00") String from, @Schema(example = "07:00") String to,
                             @Schema(example = "Asia/Shanghai") String zone) {
    }

    record PreferencesRequest(List<Channel> mutedChannels, @Valid QuietHoursRequest quietHours, Boolean digest) {
    }

    record RosterRequest(@Size(max = 200) String name, @NotEmpty List<String> members) {
    }

    private final Recipients recipients;

    RecipientController(Recipients recipients) {
        this.recipients = recipients;
    }

    @GetMapping("/api/v1/recipients")
    @Operation(summary = "Every recipient")
    List<Recipient> all() {
        return recipients.all();
    }

    @GetMapping("/api/v1/recipients/{id}")
    @Operation(summary = "One recipient")
    Recipient one(@PathVariable String id) {
        return recipients.find(id).orElseThrow(() -> new NotFoundException("recipient", id));
    }

    @PutMapping("/api/v1/recipients/{id}")
    @Operation(summary = "Create a recipient or change how they are reached", description = "Their preferences are kept.")
    Recipient put(@PathVariable String id, @Valid @RequestBody ContactRequest request) {
        if (request.webhookUrl() != null && !request.webhookUrl().matches("https?://.+")) {
            throw new InvalidFieldException("webhookUrl", "an http or https URL");
        }
        Recipient.Preferences kept = recipients.find(id).map(Recipient::preferences).orElse(Recipient.Preferences.NONE);
        return recipients.save(new Recipient(id, request.name(), request.kind(), request.language(), request.email(), request.webhookUrl(),
                kept));
    }

    @PutMapping("/api/v1/recipients/{id}/preferences")
    @Operation(summary = "Set a recipient's channels muted for ROUTINE items, quiet hours and digest",
            description = "URGENT and CRITICAL items ignore them: they cannot be muted and are not held.")
    Recipient preferences(@PathVariable String id, @Valid @RequestBody PreferencesRequest request) {
        Recipient recipient = recipients.find(id).orElseThrow(() -> new NotFoundException("recipient", id));
        return recipients.save(recipient.withPreferences(new Recipient.Preferences(request.mutedChannels(),
                quietHours(request.quietHours()), Boolean.TRUE.equals(request.digest()))));
    }

    private static QuietHours quietHours(QuietHoursRequest request) {
        if (request == null) {
            return null;
        }
        LocalTime from = time(request.from(), "quietHours.from");
        LocalTime to = time(request.to(), "quietHours.to");
        ZoneId zone;
        try {
            zone = ZoneId.of(request.zone() == null ? "Asia/Shanghai" : request.zone());
        } catch (RuntimeException e) {
            throw new InvalidFieldException("quietHours.zone", "not a time zone: " + request.zone());
        }
        if (from.equals(to)) {
            throw new InvalidFieldException("quietHours.to", "quiet hours from " + from + " to " + to + " are empty");
        }
        return new QuietHours(from, to, zone);
    }

    private static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidFieldException(field, "a time of day such as 22:00, not " + value);
        }
    }

    @GetMapping("/api/v1/duty-rosters")
    @Operation(summary = "Every duty roster")
    List<DutyRoster> rosters() {
        return recipients.rosters();
    }

    @PutMapping("/api/v1/duty-rosters/{id}")
    @Operation(summary = "Set who is on duty, in order", description = "An unacknowledged alert moves down this order.")
    DutyRoster roster(@PathVariable String id, @Valid @RequestBody RosterRequest request) {
        return recipients.save(new DutyRoster(id, request.name(), request.members()));
    }
}
