package org.fengqiao.events.dispute;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.InvalidEventException;
import org.fengqiao.events.Require;

/**
 * What another service tells dispute-service about a dispute it came upon, so that the dispute
 * enters the same pipeline as a grid worker's report. Carried by {@code IncidentHandedOverAsDispute}
 * (patrol.events) and {@code HomeVisitFindingHandedOverAsDispute} (citizen.events).
 *
 * @param gridCellId     where it happens
 * @param category       what it seems to be about (the community officer may change it at triage)
 * @param parties        the sides involved; at least one
 * @param description    what was seen or heard
 * @param peopleInvolved how many people are involved
 * @param reporter       who came upon it (a patrol member, a community officer on a home visit)
 * @param noticedAt      when it was noticed
 */
public record DisputeHandover(String gridCellId, DisputeCategory category, List<Party> parties, String description,
                              int peopleInvolved, Reporter reporter, Instant noticedAt) {

    public DisputeHandover {
        Require.text(gridCellId, "dispute.gridCellId");
        Require.present(category, "dispute.category");
        parties = Require.listOrEmpty(parties);
        if (parties.isEmpty()) {
            throw new InvalidEventException("dispute.parties", "must name at least one party");
        }
        Require.text(description, "dispute.description");
        Require.atLeast(peopleInvolved, 1, "dispute.peopleInvolved");
        Require.present(reporter, "dispute.reporter");
        Require.present(noticedAt, "dispute.noticedAt");
    }
}
