package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The police on duty acknowledged an incident and take charge of it.
 *
 * <p>Since v1.
 *
 * @param acknowledgedBy the police officer
 */
public record IncidentAcknowledged(String incidentId, String acknowledgedBy, Instant acknowledgedAt) implements PatrolEvent {

    public IncidentAcknowledged {
        Require.text(incidentId, "incidentId");
        Require.text(acknowledgedBy, "acknowledgedBy");
        Require.present(acknowledgedAt, "acknowledgedAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return acknowledgedAt;
    }
}
