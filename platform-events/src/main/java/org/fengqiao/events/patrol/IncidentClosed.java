package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An incident ended with an outcome.
 *
 * <p>Since v1.
 *
 * @param category the incident's category (see IncidentReported)
 */
public record IncidentClosed(String incidentId, String gridBlockId, IncidentCategory category, IncidentOutcome outcome,
                             String summary, String closedBy, Instant closedAt) implements PatrolEvent {

    public IncidentClosed {
        Require.text(incidentId, "incidentId");
        Require.text(gridBlockId, "gridBlockId");
        Require.present(category, "category");
        Require.present(outcome, "outcome");
        Require.text(summary, "summary");
        Require.text(closedBy, "closedBy");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return closedAt;
    }
}
