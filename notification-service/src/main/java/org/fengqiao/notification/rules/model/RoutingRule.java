package org.fengqiao.notification.rules.model;

import java.util.List;
import java.util.Objects;

import org.fengqiao.events.notification.Channel;

/**
 * One routing rule: an event of {@code eventType} that meets every condition of {@code when}
 * notifies the {@code recipients} at {@code urgency} on {@code channels}, with the event type's
 * template. Rules are data: seeded from {@code routing-rules.json}, read and changed by operators
 * through the API. Nothing else in the service knows today's event types.
 *
 * @param subjectField the payload field naming what the notification is about (e.g. {@code disputeId})
 * @param digest       for ROUTINE rules: recipients who asked for digests get these in their daily digest
 */
public record RoutingRule(String id, String description, String eventType, List<Condition> when, List<RecipientSpec> recipients,
                          Urgency urgency, List<Channel> channels, String subjectField, boolean digest, boolean enabled) {

    public RoutingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        when = when == null ? List.of() : List.copyOf(when);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names no recipient");
        }
        Objects.requireNonNull(urgency, "urgency");
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names no channel");
        }
        if (digest && urgency != Urgency.ROUTINE) {
            throw new IllegalArgumentException("only ROUTINE items go into digests, rule " + id + " is " + urgency);
        }
    }

    /** Whether an event of this type with this payload is for this rule. */
    public boolean matches(String type, Payload payload) {
        return enabled && eventType.equals(type)
                && when.stream().allMatch(condition -> payload.texts(condition.field()).stream().anyMatch(condition.in()::contains));
    }
}
