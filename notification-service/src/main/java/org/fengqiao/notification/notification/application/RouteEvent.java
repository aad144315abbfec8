package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns one event from any topic into what it means for people: an acknowledging event stops the
 * alerts about its subject ({@link AcknowledgeNotification}); every enabled rule for its type whose
 * conditions hold raises an alert when its urgency needs acknowledging ({@link RaiseAlert}) and
 * notifies the recipients it names ({@link NotifyRecipients}). The ids are derived from the event,
 * so an event handled twice changes nothing the second time.
 */
@Service
public class RouteEvent {

    private static final Logger log = LoggerFactory.getLogger(RouteEvent.class);

    private final RoutingRules rules;
    private final AcknowledgeNotification acknowledge;
    private final RaiseAlert raiseAlert;
    private final NotifyRecipients notify;
    private final Clock clock;
    private final Duration maxEventAge;

    public RouteEvent(RoutingRules rules, AcknowledgeNotification acknowledge, RaiseAlert raiseAlert, NotifyRecipients notify, Clock clock,
                      @Value("${notification.max-event-age}") Duration maxEventAge) {
        this.rules = rules;
        this.acknowledge = acknowledge;
        this.raiseAlert = raiseAlert;
        this.notify = notify;
        this.clock = clock;
        this.maxEventAge = maxEventAge;
    }

    /**
     * @param occurredAt when the event happened ({@code ce_time}); an event older than the maximum
     *                   age is not notified (a new consumer reading a topic from its start, or a
     *                   replayed backlog, must not flood people with the past)
     * @return how many new notifications the event gave
     */
    public int route(String eventId, String eventType, Instant occurredAt, Map<String, Object> json) {
        Payload payload = new Payload(json);
        Instant now = clock.instant();
        if (occurredAt != null && occurredAt.isBefore(now.minus(maxEventAge))) {
            log.debug("{} {} happened at {}, longer ago than {}: not notified", eventType, eventId, occurredAt, maxEventAge);
            return 0;
        }
        acknowledge.acknowledgeByEvent(eventId, eventType, payload);
        int created = 0;
        for (RoutingRule rule : rules.all()) {
            if (rule.matches(eventType, payload)) {
                String alertId = raiseAlert.forRule(rule, eventId, eventType, payload, json, now);
                created += notify.of(rule, eventId, eventType, payload, alertId, now);
            }
        }
        if (created > 0) {
            log.info("{} {} gave {} notification(s)", eventType, eventId, created);
        }
        return created;
    }
}
