package org.fengqiao.events.dispute;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.InvalidEventException;
import org.fengqiao.events.Require;

/**
 * A grid worker, information investigator, officer or resident reported a dispute, and the
 * platform accepted the report. Emitted once per dispute, when it is created; the dispute then
 * waits for its community officer to triage it.
 *
 * <p>Since v1.
 *
 * @param disputeId      the new dispute's id
 * @param gridCellId     the grid cell where it happens (routes it to that cell's community officer)
 * @param category       what it is about
 * @param parties        the sides involved; at least one
 * @param description    what the reporter saw
 * @param peopleInvolved how many people are involved (a mass-incident risk signal)
 * @param reporter       who reported it
 * @param reportedAt     when the report was accepted
 * @param origin         the incident or home-visit finding another service handed over, when the
 *                       dispute came that way; absent (null) for a report made directly (and in
 *                       events written before the field existed)
 */
public record DisputeReported(String disputeId, String gridCellId, DisputeCategory category, List<Party> parties,
                              String description, int peopleInvolved, Reporter reporter, Instant reportedAt,
                              DisputeOrigin origin)
        implements DisputeEvent {

    /** A report made directly, with no origin elsewhere. */
    public DisputeReported(String disputeId, String gridCellId, DisputeCategory category, List<Party> parties,
                           String description, int peopleInvolved, Reporter reporter, Instant reportedAt) {
        this(disputeId, gridCellId, category, parties, description, peopleInvolved, reporter, reportedAt, null);
    }

    public DisputeReported {
        Require.text(disputeId, "disputeId");
        Require.text(gridCellId, "gridCellId");
        Require.present(category, "category");
        parties = Require.listOrEmpty(parties);
        if (parties.isEmpty()) {
            throw new InvalidEventException("parties", "must name at least one party");
        }
        Require.text(description, "description");
        Require.atLeast(peopleInvolved, 1, "peopleInvolved");
        Require.present(reporter, "reporter");
        Require.present(reportedAt, "reportedAt");
    }

    @Override
    public Instant occurredAt() {
        return reportedAt;
    }
}
