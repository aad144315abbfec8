package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A team reported back on its task.
 *
 * <p>Since v1.
 */
public record IncidentTaskReported(String incidentId, String taskId, String teamId, String report, String reportedBy,
                                   Instant reportedAt) implements PatrolEvent {

    public IncidentTaskReported {
        Require.text(incidentId, "incidentId");
        Require.text(taskId, "taskId");
        Require.text(teamId, "teamId");
        Require.text(report, "report");
        Require.text(reportedBy, "reportedBy");
        Require.present(reportedAt, "reportedAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return reportedAt;
    }
}
