package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.rules.application.RoutingRules;
import org.fengqiao.notification.rules.model.Payload;
import org.fengqiao.notification.rules.model.RoutingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Repeats unacknowledged URGENT and CRITICAL alerts and moves them down their duty roster. Each
 * repeat is a version-guarded write of the alert, so with several replicas one of them repeats it.
 *
 * <p>It finds them by key: each alert's next repeat is filed when the alert is written
 * ({@link Alerts#dueBetween}), and each pass reads the minutes since the last one. Its first pass
 * after a start also looks back a day and sweeps the alerts themselves once (bounded).
 */
@Service
public class WatchAlerts {

    private static final Logger log = LoggerFactory.getLogger(WatchAlerts.class);

    private final Alerts alerts;
    private final Notifications notifications;
    private final RoutingRules rules;
    private final Compose compose;
    private final Recipients recipients;
    private final AlertPolicy policy;
    private final DeliverNotifications delivery;
    private final Clock clock;
    private final org.fengqiao.kit.persistence.DueWatch watch = new org.fengqiao.kit.persistence.DueWatch(java.time.Duration.ofDays(1));

    public WatchAlerts(Alerts alerts, Notifications notifications, RoutingRules rules, Compose compose, Recipients recipients,
                       AlertPolicy policy, DeliverNotifications delivery, Clock clock) {
        this.alerts = alerts;
        this.notifications = notifications;
        this.rules = rules;
        this.compose = compose;
        this.recipients = recipients;
        this.policy = policy;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${notification.alerts.check-interval}")
    public void scheduled() {
        checkDue();
    }

    /** Repeats every alert due now; returns how many it repeated. */
    public int checkDue() {
        Instant now = clock.instant();
        int repeated = 0;
        java.util.Set<String> due = watch.due(now, () -> alerts.due(now, policy.maxRepeats(), 100), alerts::dueBetween);
        for (String id : due) {
            Optional<Alert> next = alerts.updateIfUnchanged(id, alert -> alert.isDue(now, policy.maxRepeats())
                    ? Alert.Changed.of(alert.repeated(now, policy.repeatEvery(alert.urgency()), policy.escalateAfterRepeats()))
                    : null);
            if (next.isEmpty()) {
                continue;
            }
            Alert alert = next.get();
            escalate(alert, now);
            for (Notification notification : notifications.ofAlert(alert.id())) {
                notifications.update(notification.id(), current -> Notification.Changed.of(current.repeated(now)), false)
                        .ifPresent(delivery::soon);
            }
            repeated++;
            log.info("alert {} ({} {}) not acknowledged: repeat {}, roster step {}", alert.id(), alert.triggerEventType(),
                    alert.subjectId(), alert.repeats(), alert.escalationStep());
        }
        return repeated;
    }

    /** At a new roster step, the next person on duty is told too. */
    private void escalate(Alert alert, Instant now) {
        if (alert.rosterId() == null || alert.escalationStep() == 0) {
            return;
        }
        Optional<String> person = recipients.roster(alert.rosterId()).flatMap(roster -> roster.at(alert.escalationStep()));
        Optional<RoutingRule> rule = rules.find(alert.ruleId());
        Optional<Alerts.Stored> stored = alerts.find(alert.id());
        if (person.isEmpty() || rule.isEmpty() || stored.isEmpty()) {
            return;
        }
        Payload payload = new Payload(stored.get().payload());
        for (Notification notification : compose.notifications(rule.get(), compose.recipient(person.get()), alert.triggerEventId(),
                alert.triggerEventType(), payload, alert.id(), now)) {
            if (notifications.addIfAbsent(notification)) {
                delivery.soon(notification);
                log.info("alert {} escalated to {} on {}", alert.id(), person.get(), notification.channel());
            }
        }
    }
}
