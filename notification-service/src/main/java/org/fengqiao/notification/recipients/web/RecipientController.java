package org.fengqiao.notification.recipients.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.access.Role;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.security.NotPermittedException;
import org.fengqiao.notification.recipients.application.WebhookTargets;
import org.fengqiao.security.Caller;
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
                          @Schema(example = "pt-03@teams.example") @Size(max = 254) @Email(regexp = EMAIL) String email,
                          @Schema(example = "https://chat-robot.example/hook/pt-03") @Size(max = 2000) String webhookUrl) {
    }

    record QuietHoursRequest(@Schema(example = "22:00") @Size(max = 8) String from, @Schema(example = "07:00") @Size(max = 8) String to,
                             @Schema(example = "Asia/Shanghai") @Size(max = 64) String zone) {
    }

    record PreferencesRequest(@Size(max = 10) List<@NotNull Channel> mutedChannels, @Valid QuietHoursRequest quietHours, Boolean digest) {
    }

    record RosterRequest(@Size(max = 200) String name, @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> members) {
    }

    /** A plain address: a local part, one @, a domain with a dot; no spaces, quotes or display names. */
    static final String EMAIL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

    private final Recipients recipients;
    private final WebhookTargets targets;

    RecipientController(Recipients recipients, WebhookTargets targets) {
        this.recipients = recipients;
        this.targets = targets;
    }

    @GetMapping("/api/v1/recipients")
    @Operation(summary = "Every recipient")
    List<Recipient> all() {
        return recipients.all();
    }

    @GetMapping("/api/v1/recipients/{id}")
    @Operation(summary = "One recipient")
    Recipient one(@PathVariable String id, Caller caller) {
        requireSelfOrOperator(caller, id);
        return recipients.find(id).orElseThrow(() -> new NotFoundException("recipient", id));
    }

    @PutMapping("/api/v1/recipients/{id}")
    @Operation(summary = "Create a recipient or change how they are reached", description = "Their preferences are kept.")
    Recipient put(@PathVariable String id, Caller caller, @Valid @RequestBody ContactRequest request) {
        requireSelfOrOperator(caller, id);
        java.util.Optional<Recipient> existing = recipients.find(id);
        if (!caller.has(Role.OPERATOR)) {
            Recipient.Kind own = existing.map(Recipient::kind).orElse(caller.has(Role.RESIDENT) ? Recipient.Kind.CITIZEN : Recipient.Kind.PERSON);
            if (request.kind() != own) {
                throw new NotPermittedException("kind", "only operators change what kind of recipient " + id + " is");
            }
        }
        if (request.webhookUrl() != null) {
            try {
                targets.check(request.webhookUrl());
            } catch (WebhookTargets.RefusedTarget refused) {
                throw new InvalidFieldException("webhookUrl", refused.getMessage());
            }
        }
        Recipient.Preferences kept = existing.map(Recipient::preferences).orElse(Recipient.Preferences.NONE);
        return recipients.save(new Recipient(id, request.name(), request.kind(), request.language(), request.email(), request.webhookUrl(),
                kept));
    }

    @PutMapping("/api/v1/recipients/{id}/preferences")
    @Operation(summary = "Set a recipient's channels muted for ROUTINE items, quiet hours and digest",
            description = "URGENT and CRITICAL items ignore them: they cannot be muted and are not held.")
    Recipient preferences(@PathVariable String id, Caller caller, @Valid @RequestBody PreferencesRequest request) {
        requireSelfOrOperator(caller, id);
        Recipient recipient = recipients.find(id).orElseThrow(() -> new NotFoundException("recipient", id));
        return recipients.save(recipient.withPreferences(new Recipient.Preferences(request.mutedChannels(),
                quietHours(request.quietHours()), Boolean.TRUE.equals(request.digest()))));
    }

    /** A person changes how they themselves are reached; operators anyone's. */
    private static void requireSelfOrOperator(Caller caller, String recipientId) {
        if (!caller.has(Role.OPERATOR) && !caller.id().equals(recipientId)) {
            throw new NotPermittedException("id", caller.id() + " may change only how they themselves are reached");
        }
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
