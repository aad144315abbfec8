package org.fengqiao.citizen.visit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.citizen.CitizenEvent;
import org.fengqiao.events.citizen.HomeVisitFindingHandedOverAsDispute;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;

/**
 * A home visit (入户走访): an officer met a household and logged what they learned. Each finding
 * becomes work for someone else; today a dispute finding is handed over to dispute-service at once
 * ({@code HomeVisitFindingHandedOverAsDispute}, the finding as its origin). Other kinds of findings
 * are recorded for the officer's follow-up.
 */
public final class HomeVisit {

    public enum FindingKind {
        /** A dispute (e.g. a neighbour quarrel): handed over to dispute-service. */
        DISPUTE,
        /** Someone who cannot come in for a card (door-to-door service). */
        DOOR_TO_DOOR,
        /** A safety hazard for the patrols. */
        SAFETY_HAZARD,
        /** A household to warn about fraud. */
        ANTI_FRAUD
    }

    /**
     * What the officer learned. For a DISPUTE: its category, the parties (as the household names
     * them) and how many people are involved.
     */
    public record Finding(String id, FindingKind kind, String description, DisputeCategory category, List<Party> parties,
                          int peopleInvolved) {

        public Finding {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    public record Snapshot(String id, String officerId, String gridCellId, String householdRef, int peopleMet, Instant visitedAt,
                           List<Finding> findings, Long version) {

        public Snapshot {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    private final Snapshot s;
    private final List<CitizenEvent> raised = new ArrayList<>();

    private HomeVisit(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    /**
     * Logs a visit; every DISPUTE finding is handed over to dispute-service.
     *
     * @param householdRef a reference to the household in the station's register (no address or names here)
     */
    public static HomeVisit log(String id, String officerId, String gridCellId, String householdRef, int peopleMet, Instant visitedAt,
                                List<Finding> findings, Instant now) {
        HomeVisit visit = new HomeVisit(new Snapshot(id, officerId, gridCellId, householdRef, peopleMet, visitedAt, findings, null));
        for (Finding finding : visit.s.findings()) {
            if (finding.kind() == FindingKind.DISPUTE) {
                visit.raised.add(new HomeVisitFindingHandedOverAsDispute(id, finding.id(),
                        new DisputeHandover(gridCellId, finding.category(), finding.parties(), finding.description(), finding.peopleInvolved(),
                                new Reporter(officerId, ReporterRole.COMMUNITY_OFFICER), visitedAt), now));
            }
        }
        return visit;
    }

    public static HomeVisit restore(Snapshot snapshot) {
        return new HomeVisit(snapshot);
    }

    public Snapshot snapshot() {
        return s;
    }

    public List<CitizenEvent> raisedEvents() {
        return List.copyOf(raised);
    }
}
