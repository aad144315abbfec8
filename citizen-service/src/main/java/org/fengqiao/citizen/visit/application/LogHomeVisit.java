package org.fengqiao.citizen.visit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.stereotype.Service;

/** An officer logs a home visit; its findings become work for others. */
@Service
public class LogHomeVisit {

    /** A finding as the officer writes it. */
    public record FindingInput(HomeVisit.FindingKind kind, String description, org.fengqiao.events.dispute.DisputeCategory category,
                               List<org.fengqiao.events.dispute.Party> parties, Integer peopleInvolved) {
    }

    private final HomeVisits visits;
    private final GridDirectory grid;
    private final Clock clock;

    public LogHomeVisit(HomeVisits visits, GridDirectory grid, Clock clock) {
        this.visits = visits;
        this.grid = grid;
        this.clock = clock;
    }

    public HomeVisit log(String officerId, String gridCellId, String householdRef, int peopleMet, Instant visitedAt, List<FindingInput> findings) {
        if (grid.gridCell(gridCellId).isEmpty()) {
            throw new InvalidFieldException("gridCellId", "unknown grid cell '" + gridCellId + "'");
        }
        if (grid.communityOfficers().stream().noneMatch(officer -> officer.id().equals(officerId))) {
            throw new InvalidFieldException("officerId", "no community officer '" + officerId + "' in the grid directory");
        }
        Instant now = clock.instant();
        if (visitedAt.isAfter(now)) {
            throw new InvalidFieldException("visitedAt", "a visit is logged once made; " + visitedAt + " is in the future");
        }
        List<HomeVisit.Finding> checked = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingInput f = findings.get(i);
            if (f.kind() == HomeVisit.FindingKind.DISPUTE) {
                if (f.category() == null) {
                    throw new InvalidFieldException("findings[" + i + "].category", "a dispute finding names its category");
                }
                if (f.parties() == null || f.parties().isEmpty()) {
                    throw new InvalidFieldException("findings[" + i + "].parties", "a dispute finding names at least one party");
                }
                if (f.peopleInvolved() == null || f.peopleInvolved() < 1) {
                    throw new InvalidFieldException("findings[" + i + "].peopleInvolved", "a dispute involves at least one person");
                }
            }
            checked.add(new HomeVisit.Finding(UUID.randomUUID().toString(), f.kind(), f.description(), f.category(), f.parties(),
                    f.peopleInvolved() == null ? 0 : f.peopleInvolved()));
        }
        return visits.save(HomeVisit.log(UUID.randomUUID().toString(), officerId, gridCellId, householdRef, peopleMet, visitedAt, checked, now));
    }
}
