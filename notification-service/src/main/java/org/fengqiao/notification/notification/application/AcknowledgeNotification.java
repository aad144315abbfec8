package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.security.Caller;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.rules.model.Payload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Someone acknowledges an URGENT or CRITICAL notification, or does in another service what the
 * alert asked for (e.g. the police acknowledge the incident in patrol-service): the alert stops
 * repeating for every recipient, {@code NotificationAcknowledged} is published once, and the time
 * it took is measured ({@code notification.acknowledgement.time}). Acknowledging again changes
 * nothing, except to finish an acknowledgement a crash interrupted: the alert (written first)
 * names the notification it was acknowledged by, and a notification it names that is not yet
 * marked acknowledged is marked then (by the person's retry, or by the acknowledging event read
 * again after the crash).
 */
@Service
public class AcknowledgeNotification {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgeNotification.class);

    /** An event that acknowledges the alerts about its subject (configured in {@code notification.acknowledging-events}). */
    public record AcknowledgingEvent(String eventType, String subjectField, String byField) {
    }

    /** The configured acknowledging events. */
    public record AcknowledgingEvents(List<AcknowledgingEvent> all) {
        public AcknowledgingEvents {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    private final Notifications notifications;
    private final Alerts alerts;
    private final InboxAccess access;
    private final Clock clock;
    private final MeterRegistry meters;
    private final List<AcknowledgingEvent> acknowledgingEvents;
    private final CrashPoints crashPoints;

    public AcknowledgeNotification(Notifications notifications, Alerts alerts, InboxAccess access, Clock clock, MeterRegistry meters,
                                   AcknowledgingEvents acknowledgingEvents, CrashPoints crashPoints) {
        this.crashPoints = crashPoints;
        this.notifications = notifications;
        this.alerts = alerts;
        this.access = access;
        this.clock = clock;
        this.meters = meters;
        this.acknowledgingEvents = acknowledgingEvents.all();
    }

    /**
     * An event that is one of the acknowledging events (the police acknowledged an incident in
     * patrol-service): the alerts about its subject stop, in the name of the person it names.
     *
     * @return how many alerts it stopped
     */
    public int acknowledgeByEvent(String eventId, String eventType, Payload payload) {
        int stopped = 0;
        for (AcknowledgingEvent acknowledging : acknowledgingEvents) {
            if (!acknowledging.eventType().equals(eventType)) {
                continue;
            }
            String subject = payload.texts(acknowledging.subjectField()).stream().findFirst().orElse(null);
            if (subject != null) {
                String by = payload.texts(acknowledging.byField()).stream().findFirst().orElse(eventType);
                int now = acknowledgeSubject(subject, by);
                if (now > 0) {
                    log.info("{} {} acknowledged {} alert(s) about {} for {}", eventType, eventId, now, subject, by);
                }
                stopped += now;
            }
        }
        return stopped;
    }

    /**
     * The signed-in person acknowledges: they must have been alerted (themselves, or a desk, team
     * or department they staff) or be on the alert's duty roster.
     */
    public Alert acknowledge(String notificationId, Caller caller) {
        Notification notification = notifications.find(notificationId)
                .orElseThrow(() -> new NotFoundException("notification", notificationId));
        if (notification.alertId() == null) {
            throw new RuleViolatedException("notificationId", "a " + notification.urgency()
                    + " notification needs no acknowledgement; only URGENT and CRITICAL ones do");
        }
        Alert alert = alerts.find(notification.alertId()).map(Alerts.Stored::alert)
                .orElseThrow(() -> new NotFoundException("alert", notification.alertId()));
        access.requireMayAcknowledge(caller, notification, alert, () -> notifications.ofAlert(alert.id()));
        return acknowledgeAlert(notification.alertId(), notificationId, caller.id());
    }

    /** Acknowledges every open alert about a subject on behalf of {@code personId}; returns how many. */
    public int acknowledgeSubject(String subjectId, String personId) {
        int acknowledged = 0;
        for (Alert alert : alerts.about(subjectId)) {
            if (alert.isAcknowledged()) {
                markAcknowledged(alert);
                continue;
            }
            String notificationId = notifications.ofAlert(alert.id()).stream()
                    .filter(n -> n.recipientId().equals(personId)).findFirst()
                    .or(() -> notifications.ofAlert(alert.id()).stream().findFirst())
                    .map(Notification::id).orElse(alert.id());
            acknowledgeAlert(alert.id(), notificationId, personId);
            acknowledged++;
        }
        return acknowledged;
    }

    private Alert acknowledgeAlert(String alertId, String notificationId, String personId) {
        Instant now = clock.instant();
        for (int tries = 0; tries < 5; tries++) {
            Alert current = alerts.find(alertId).map(Alerts.Stored::alert).orElseThrow(() -> new NotFoundException("alert", alertId));
            if (current.isAcknowledged()) {
                markAcknowledged(current);
                return current;
            }
            Optional<Alert> acknowledged = alerts.updateIfUnchanged(current.id(), alert -> alert.isAcknowledged() ? null
                    : alert.acknowledge(personId, notificationId, now));
            if (acknowledged.isPresent()) {
                crashPoints.reached("acknowledgement.alert-saved");
                markAcknowledged(acknowledged.get());
                Timer.builder("notification.acknowledgement.time").description("from an alert's first notification to its acknowledgement")
                        .tag("urgency", current.urgency().name()).tag("eventType", current.triggerEventType())
                        .register(meters).record(acknowledged.get().timeToAcknowledge());
                return acknowledged.get();
            }
        }
        return alerts.find(alertId).map(Alerts.Stored::alert).orElseThrow();
    }

    /** Marks the notification the alert was acknowledged by, unless it is already (the alert's write comes first). */
    private void markAcknowledged(Alert alert) {
        String notificationId = alert.acknowledgedNotificationId();
        if (notificationId == null) {
            return;
        }
        notifications.update(notificationId, n -> n.acknowledgedAt() != null ? null
                : Notification.Changed.of(n.acknowledged(alert.acknowledgedBy(), alert.acknowledgedAt())), false);
    }
}
