package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;
import org.fengqiao.events.dispute.DisputeHandover;

/**
 * A patrol incident turned out to be a dispute, and patrol-service hands it over to
 * dispute-service, which reports it into its pipeline with this incident as its origin
 * ({@code DisputeReported.origin}). Key: the incident's id.
 *
 * <p>Since v1.
 */
public record IncidentHandedOverAsDispute(String incidentId, String teamId, DisputeHandover dispute, Instant handedOverAt)
        implements PatrolEvent {

    public IncidentHandedOverAsDispute {
        Require.text(incidentId, "incidentId");
        Require.text(teamId, "teamId");
        Require.present(dispute, "dispute");
        Require.present(handedOverAt, "handedOverAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return handedOverAt;
    }
}
