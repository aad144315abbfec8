package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The police gave a team of the incident a task, e.g. seal the building, search floor by floor, guard an exit.
 *
 * <p>Since v1.
 *
 * @param teamId the team that does it (the reporting team or a neighbouring one)
 */
public record IncidentTaskAssigned(String incidentId, String taskId, String teamId, String description, String assignedBy,
                                   Instant assignedAt) implements PatrolEvent {

    public IncidentTaskAssigned {
        Require.text(incidentId, "incidentId");
        Require.text(taskId, "taskId");
        Require.text(teamId, "teamId");
        Require.text(description, "description");
        Require.text(assignedBy, "assignedBy");
        Require.present(assignedAt, "assignedAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }
}
