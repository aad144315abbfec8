package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.application.Recipients;
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
    private final Recipients recipients;
    private final Compose compose;
    private final Notifications notifications;
    private final Alerts alerts;
    private final AlertPolicy alertPolicy;
    private final GridDirectory grid;
    private final DeliverNotifications delivery;
    private final Clock clock;

    public RouteEvent(RoutingRules rules, Recipients recipients, Compose compose, Notifications notifications, Alerts alerts,
                      AlertPolicy alertPolicy, GridDirectory grid, DeliverNotifications delivery, Clock clock) {
        this.rules = rules;
        this.recipients = recipients;
        this.compose = compose;
        this.notifications = notifications;
        this.alerts = alerts;
        this.alertPolicy = alertPolicy;
        this.grid = grid;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** @return how many new notifications the event gave */
    public int route(String eventId, String eventType, Map<String, Object> json) {
        Payload payload = new Payload(json);
        Instant now = clock.instant();
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
            for (String recipientId : recipientsOf(rule, payload)) {
                for (Notification notification : compose.notifications(rule, compose.recipient(recipientId), eventId, eventType,
                        payload, alertId, now)) {
                    if (notifications.addIfAbsent(notification)) {
                        created++;
                    }
                }
            }
        }
        if (created > 0) {
            log.info("{} {} gave {} notification(s)", eventType, eventId, created);
            delivery.wake();
        }
        return created;
    }

    /** The ids a rule names for this payload, each once, in the rule's order. */
    Set<String> recipientsOf(RoutingRule rule, Payload payload) {
        Set<String> ids = new LinkedHashSet<>();
        for (RecipientSpec spec : rule.recipients()) {
            switch (spec.kind()) {
                case PERSON, TEAM, DEPARTMENT -> ids.addAll(spec.id() != null ? List.of(spec.id()) : payload.texts(spec.field()));
                case GRID_CELL_ROLE -> payload.texts(spec.field()).forEach(cell -> ids.add(
                        grid.officerOf(cell).map(GridDirectory.CommunityOfficer::id).orElse(Compose.DUTY_DESK)));
                case DUTY_ROSTER -> ids.add(recipients.roster(spec.id()).flatMap(roster -> roster.at(0)).orElse(Compose.DUTY_DESK));
            }
        }
        return ids;
    }

    private static String rosterOf(RoutingRule rule) {
        return rule.recipients().stream().filter(spec -> spec.kind() == RecipientSpec.Kind.DUTY_ROSTER)
                .map(RecipientSpec::id).findFirst().orElse(null);
    }

}
