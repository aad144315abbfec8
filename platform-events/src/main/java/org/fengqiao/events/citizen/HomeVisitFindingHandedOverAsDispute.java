package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;
import org.fengqiao.events.dispute.DisputeHandover;

/**
 * An officer on a home visit learned of a dispute (e.g. a neighbour quarrel), and citizen-service
 * hands the finding over to dispute-service, which reports it into its pipeline with this finding as
 * its origin ({@code DisputeReported.origin}). Key: the visit's id.
 *
 * <p>Since v1.
 */
public record HomeVisitFindingHandedOverAsDispute(String visitId, String findingId, DisputeHandover dispute, Instant handedOverAt)
        implements CitizenEvent {

    public HomeVisitFindingHandedOverAsDispute {
        Require.text(visitId, "visitId");
        Require.text(findingId, "findingId");
        Require.present(dispute, "dispute");
        Require.present(handedOverAt, "handedOverAt");
    }

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public Instant occurredAt() {
        return handedOverAt;
    }
}
