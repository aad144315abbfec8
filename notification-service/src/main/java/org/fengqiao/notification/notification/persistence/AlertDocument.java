package org.fengqiao.notification.notification.persistence;

import java.time.Instant;
import java.util.Map;

import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An alert as stored, with the payload of the event that raised it. */
@Document("alerts")
@CompoundIndex(name = "due", def = "{'acknowledgedAt': 1, 'nextRepeatAt': 1}")
class AlertDocument extends OutboxDocument {

    @Id
    String id;
    String ruleId;
    Urgency urgency;
    String triggerEventId;
    String triggerEventType;
    String subjectId;
    Instant raisedAt;
    String rosterId;
    int escalationStep;
    int repeats;
    Instant nextRepeatAt;
    Instant acknowledgedAt;
    String acknowledgedBy;
    String acknowledgedNotificationId;
    Map<String, Object> payload;

    void apply(Alert a) {
        id = a.id();
        ruleId = a.ruleId();
        urgency = a.urgency();
        triggerEventId = a.triggerEventId();
        triggerEventType = a.triggerEventType();
        subjectId = a.subjectId();
        raisedAt = a.raisedAt();
        rosterId = a.rosterId();
        escalationStep = a.escalationStep();
        repeats = a.repeats();
        nextRepeatAt = a.nextRepeatAt();
        acknowledgedAt = a.acknowledgedAt();
        acknowledgedBy = a.acknowledgedBy();
        acknowledgedNotificationId = a.acknowledgedNotificationId();
    }

    Alert toAlert() {
        return new Alert(id, ruleId, urgency, triggerEventId, triggerEventType, subjectId, raisedAt, rosterId, escalationStep, repeats,
                nextRepeatAt, acknowledgedAt, acknowledgedBy, acknowledgedNotificationId);
    }
}
