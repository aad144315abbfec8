package org.fengqiao.patrol.incident.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to an incident, as {@link Incident} registers it, each with the moment it happened.
 * The service's contract ({@code PatrolContract}) publishes each as the {@code patrol.events}
 * record of the same name.
 */
public sealed interface IncidentChanged extends DomainEvent {

    String incidentId();

    record IncidentReported(String incidentId, String teamId, String gridBlockId, String gridCellId, IncidentCategory category,
                            boolean urgent, String place, String description, List<String> mediaRefs,
                            List<String> neighbouringTeamIds, String reportedBy, Instant occurredAt) implements IncidentChanged {
    }

    /** The station took charge. */
    record IncidentAcknowledged(String incidentId, String acknowledgedBy, Instant occurredAt) implements IncidentChanged {
    }

    record IncidentTaskAssigned(String incidentId, String taskId, String teamId, String description, String assignedBy,
                                Instant occurredAt) implements IncidentChanged {
    }

    record IncidentTaskReported(String incidentId, String taskId, String teamId, String report, String reportedBy, Instant occurredAt)
            implements IncidentChanged {
    }

    record IncidentClosed(String incidentId, String gridBlockId, IncidentCategory category, IncidentOutcome outcome, String summary,
                          String closedBy, Instant occurredAt) implements IncidentChanged {
    }

    /** It turned out to be a dispute: handed over to dispute-service. */
    record IncidentHandedOverAsDispute(String incidentId, String teamId, DisputeHandover dispute, Instant occurredAt)
            implements IncidentChanged {
    }
}
