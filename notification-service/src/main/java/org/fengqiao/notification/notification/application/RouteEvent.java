package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RecipientSpec;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns one event from any topic into notifications: every enabled rule for its type whose
 * conditions hold names recipients, an urgency and channels. The ids are derived from the event,
 * so an event handled twice changes nothing the second time.
 */
@Service
public class RouteEvent {

    private static final Logger log = LoggerFactory.getLogger(RouteEvent.class);

    private final RoutingRules rules;
    private final ResolveRecipients resolve;
    private final Compose compose;
    private final Notifications notifications;
    private final Alerts alerts;
    private final AlertPolicy alertPolicy;
    private final DeliverNotifications delivery;
    private final AcknowledgeNotification acknowledge;
    private final List<AcknowledgeNotification.AcknowledgingEvent> acknowledgingEvents;
    private final Clock clock;
    private final java.time.Duration maxEventAge;

    public RouteEvent(RoutingRules rules, ResolveRecipients resolve, Compose compose, Notifications notifications, Alerts alerts,
                      AlertPolicy alertPolicy, DeliverNotifications delivery, AcknowledgeNotification acknowledge,
                      AcknowledgeNotification.AcknowledgingEvents acknowledgingEvents, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${notification.max-event-age}") java.time.Duration maxEventAge) {
        this.rules = rules;
        this.resolve = resolve;
        this.compose = compose;
        this.notifications = notifications;
        this.alerts = alerts;
        this.alertPolicy = alertPolicy;
        this.delivery = delivery;
        this.acknowledge = acknowledge;
        this.acknowledgingEvents = acknowledgingEvents.all();
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
        for (AcknowledgeNotification.AcknowledgingEvent acknowledging : acknowledgingEvents) {
            if (acknowledging.eventType().equals(eventType)) {
                payload.texts(acknowledging.subjectField()).stream().findFirst().ifPresent(subject -> {
                    String by = payload.texts(acknowledging.byField()).stream().findFirst().orElse(eventType);
                    int stopped = acknowledge.acknowledgeSubject(subject, by);
                    if (stopped > 0) {
                        log.info("{} {} acknowledged {} alert(s) about {} for {}", eventType, eventId, stopped, subject, by);
                    }
                });
            }
        }
        int created = 0;
        for (RoutingRule rule : rules.all()) {
            if (!rule.matches(eventType, payload)) {
                continue;
            }
            String alertId = null;
            if (rule.urgency().needsAcknowledgement()) {
                alertId = DerivedIds.of("alert", eventId, rule.id());
                String subject = rule.subjectField() == null ? null : payload.texts(rule.subjectField()).stream().findFirst().orElse(null);
                alerts.addIfAbsent(Alert.raise(alertId, rule.id(), rule.urgency(), eventId, eventType, subject, rosterOf(rule), now,
                        alertPolicy.repeatEvery(rule.urgency())), json);
            }
            for (String recipientId : resolve.recipientsOf(rule, payload)) {
                for (Notification notification : compose.notifications(rule, compose.recipient(recipientId), eventId, eventType,
                        payload, alertId, now)) {
                    Notification stored = delivery.asCreated(notification);
                    if (notifications.addIfAbsent(stored)) {
                        created++;
                        delivery.created(stored);
                    }
                }
            }
        }
        if (created > 0) {
            log.info("{} {} gave {} notification(s)", eventType, eventId, created);
        }
        return created;
    }

    private static String rosterOf(RoutingRule rule) {
        return rule.recipients().stream().filter(spec -> spec.kind() == RecipientSpec.Kind.DUTY_ROSTER)
                .map(RecipientSpec::id).findFirst().orElse(null);
    }

}
