package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.fengqiao.notification.rules.model.Urgency;
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
    /** Null: URGENT and CRITICAL rules notify whatever the event's age. */
    private final Duration maxAlertAge;

    public RouteEvent(RoutingRules rules, AcknowledgeNotification acknowledge, RaiseAlert raiseAlert, NotifyRecipients notify, Clock clock,
                      @Value("${notification.max-event-age}") Duration maxEventAge,
                      @Value("${notification.max-alert-age:}") Duration maxAlertAge) {
        this.rules = rules;
        this.acknowledge = acknowledge;
        this.raiseAlert = raiseAlert;
        this.notify = notify;
        this.clock = clock;
        this.maxEventAge = maxEventAge;
        this.maxAlertAge = maxAlertAge;
    }

    /**
     * @param occurredAt when the event happened ({@code ce_time}). An event older than the maximum
     *                   age (a new consumer reading a topic from its start, a replayed backlog, an
     *                   event held up by an outage) is still notified under its URGENT and CRITICAL
     *                   rules, each notification marked late (unless it is older than the maximum
     *                   alert age, when one is set); its ROUTINE rules are skipped, so the past does
     *                   not flood people. Acknowledgements it carries apply whatever its age.
     * @return how many new notifications the event gave
     */
    public int route(String eventId, String eventType, Instant occurredAt, Map<String, Object> json) {
        Payload payload = new Payload(json);
        Instant now = clock.instant();
        Instant lateSince = occurredAt != null && occurredAt.isBefore(now.minus(maxEventAge)) ? occurredAt : null;
        acknowledge.acknowledgeByEvent(eventId, eventType, payload);
        int created = 0;
        for (RoutingRule rule : rules.all()) {
            if (!rule.matches(eventType, payload)) {
                continue;
            }
            if (lateSince != null && (rule.urgency() == Urgency.ROUTINE
                    || maxAlertAge != null && occurredAt.isBefore(now.minus(maxAlertAge)))) {
                log.debug("{} {} happened at {}, longer ago than {}: not notified under {} rule {}", eventType, eventId, occurredAt,
                        maxEventAge, rule.urgency(), rule.id());
                continue;
            }
            String alertId = raiseAlert.forRule(rule, eventId, eventType, payload, json, now);
            created += notify.of(rule, eventId, eventType, payload, alertId, now, lateSince);
        }
        if (created > 0) {
            log.info("{} {} gave {} notification(s){}", eventType, eventId, created, lateSince == null ? "" : ", late (it happened at " + lateSince + ")");
        }
        return created;
    }
}
