package org.fengqiao.notification.notification.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.fengqiao.kit.domain.RaisesEvents;

import org.fengqiao.notification.rules.model.Urgency;

/**
 * An URGENT or CRITICAL event under one rule: its notifications repeat every {@code repeatEvery}
 * until someone acknowledges any of them; every {@code escalateAfterRepeats} repeats it moves one
 * step down the rule's duty roster (when it has one).
 *
 * @param rosterId       the duty roster it escalates along, or null
 * @param escalationStep how far down the roster it has gone (0 = first on duty)
 */
public record Alert(String id, String ruleId, Urgency urgency, String triggerEventId, String triggerEventType, String subjectId,
                    Instant raisedAt, String rosterId, int escalationStep, int repeats, Instant nextRepeatAt,
                    Instant acknowledgedAt, String acknowledgedBy, String acknowledgedNotificationId) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public static Alert raise(String id, String ruleId, Urgency urgency, String triggerEventId, String triggerEventType,
                              String subjectId, String rosterId, Instant now, Duration repeatEvery) {
        return new Alert(id, ruleId, urgency, triggerEventId, triggerEventType, subjectId, now, rosterId, 0, 0,
                now.plus(repeatEvery), null, null, null);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public boolean isDue(Instant now, int maxRepeats) {
        return !isAcknowledged() && repeats < maxRepeats && !nextRepeatAt.isAfter(now);
    }

    /** The next repeat; it escalates one roster step when {@code escalateAfterRepeats} repeats have gone by. */
    public Alert repeated(Instant now, Duration repeatEvery, int escalateAfterRepeats) {
        int next = repeats + 1;
        int step = rosterId != null && escalateAfterRepeats > 0 ? next / escalateAfterRepeats : escalationStep;
        return new Alert(id, ruleId, urgency, triggerEventId, triggerEventType, subjectId, raisedAt, rosterId, step, next,
                now.plus(repeatEvery), null, null, null);
    }

    /** A change of an alert and the events it raises, stored together in one write. */
    public record Changed(Alert next, List<AlertChanged> events) implements RaisesEvents<AlertChanged> {

        /** A change that raises no event. */
        public static Changed of(Alert next) {
            return new Changed(next, List.of());
        }

        @Override
        public List<AlertChanged> raisedEvents() {
            return events;
        }
    }

    /** Acknowledged by {@code by} through one of its notifications: raises {@code NotificationAcknowledged}. */
    public Changed acknowledge(String by, String notificationId, Instant now) {
        return new Changed(acknowledged(by, notificationId, now), List.of(new AlertChanged.NotificationAcknowledged(id, notificationId, by,
                triggerEventId, triggerEventType, raisedAt, now)));
    }

    public Alert acknowledged(String by, String notificationId, Instant now) {
        return new Alert(id, ruleId, urgency, triggerEventId, triggerEventType, subjectId, raisedAt, rosterId, escalationStep,
                repeats, nextRepeatAt, now, by, notificationId);
    }

    public Duration timeToAcknowledge() {
        return acknowledgedAt == null ? null : Duration.between(raisedAt, acknowledgedAt);
    }
}
