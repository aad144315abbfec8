package org.fengqiao.notification.notification.application;

import java.time.Instant;
import java.util.Map;

import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RecipientSpec;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.springframework.stereotype.Service;

/**
 * An URGENT or CRITICAL rule's event raises an alert: repeated, to its recipients and its duty
 * roster, until someone acknowledges it. Its id is derived from the event and the rule, so an
 * event handled twice raises it once.
 */
@Service
public class RaiseAlert {

    private final Alerts alerts;
    private final AlertPolicy policy;

    public RaiseAlert(Alerts alerts, AlertPolicy policy) {
        this.alerts = alerts;
        this.policy = policy;
    }

    /** @return the alert's id when the rule's urgency needs acknowledging, else null (nothing is raised) */
    public String forRule(RoutingRule rule, String eventId, String eventType, Payload payload, Map<String, Object> json, Instant now) {
        if (!rule.urgency().needsAcknowledgement()) {
            return null;
        }
        String alertId = DerivedIds.of("alert", eventId, rule.id());
        String subject = rule.subjectField() == null ? null : payload.texts(rule.subjectField()).stream().findFirst().orElse(null);
        alerts.addIfAbsent(Alert.raise(alertId, rule.id(), rule.urgency(), eventId, eventType, subject, rosterOf(rule), now,
                policy.repeatEvery(rule.urgency())), json);
        return alertId;
    }

    private static String rosterOf(RoutingRule rule) {
        return rule.recipients().stream().filter(spec -> spec.kind() == RecipientSpec.Kind.DUTY_ROSTER)
                .map(RecipientSpec::id).findFirst().orElse(null);
    }
}
