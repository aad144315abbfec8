package org.fengqiao.notification.rules.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.Condition;
import org.fengqiao.notification.rules.model.RecipientSpec;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The routing rules, as data an operator reads and changes: a change applies to the next event. */
@RestController
@RequestMapping("/api/v1/routing-rules")
@Tag(name = "Routing rules", description = "Which event notifies whom, how urgently, on which channels")
class RoutingRuleController {

    /** A rule as an operator writes it; checked field by field. */
    record RuleRequest(@Size(max = 500) String description, @Size(max = 100) String eventType, @Size(max = 50) List<@NotNull Condition> when,
                       @Size(max = 50) List<@NotNull RecipientSpec> recipients, Urgency urgency, @Size(max = 10) List<@NotNull Channel> channels,
                       @Size(max = 100) String subjectField, Boolean digest, Boolean enabled) {
    }

    private final RoutingRules rules;

    RoutingRuleController(RoutingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "Every rule")
    List<RoutingRule> all() {
        return rules.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule")
    RoutingRule one(@PathVariable String id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("routing rule", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Create or replace a rule", description = "The event type must be one of the published contract's.")
    RoutingRule put(@PathVariable String id, @Valid @RequestBody RuleRequest request) {
        if (request.eventType() == null || EventCatalog.byName(request.eventType()).isEmpty()) {
            throw new InvalidFieldException("eventType", "not a published event type: " + request.eventType());
        }
        if (request.urgency() == null) {
            throw new InvalidFieldException("urgency", "ROUTINE, URGENT or CRITICAL");
        }
        if (request.channels() == null || request.channels().isEmpty() || request.channels().contains(Channel.OTHER)) {
            throw new InvalidFieldException("channels", "name at least one of IN_APP, EMAIL, WEBHOOK");
        }
        if (request.recipients() == null || request.recipients().isEmpty()) {
            throw new InvalidFieldException("recipients", "name at least one recipient");
        }
        try {
            return rules.save(new RoutingRule(id, request.description(), request.eventType(), request.when(), request.recipients(),
                    request.urgency(), request.channels(), request.subjectField(), Boolean.TRUE.equals(request.digest()),
                    !Boolean.FALSE.equals(request.enabled())));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("rule", e.getMessage());
        }
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a rule")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!rules.delete(id)) {
            throw new NotFoundException("routing rule", id);
        }
        return ResponseEntity.noContent().build();
    }
}
