package org.fengqiao.citizen.visit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.domain.RaisesEvents;

/**
 * A home visit (入户走访): an officer met a household and logged what they learned. Each finding
 * becomes work for someone else the same day: a dispute is handed over to dispute-service
 * ({@code HomeVisitFindingHandedOverAsDispute}, the finding as its origin), a safety hazard goes to
 * the patrols ({@code SafetyHazardFound}), a household at risk of fraud to the anti-fraud desk
 * ({@code AntiFraudWarningIssued}), and someone who cannot come in for a card gets a door-to-door
 * service request (opened by {@code LogHomeVisit}, the request's id kept as the finding's
 * {@code workRef}).
 */
public final class HomeVisit implements RaisesEvents<HomeVisitChanged> {

    /** The station's tally counters a visit adds to: visits made, and people met on them ("people visited at home"). */
    public static final String VISITS_COUNTER = "homeVisits";
    public static final String PEOPLE_VISITED_COUNTER = "peopleVisited";

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
     * them) and how many people are involved. For DOOR_TO_DOOR: {@code doorToDoor}, the person
     * and what they need. {@code workRef} is the work it became in this service (the door-to-door
     * request's id), or null.
     */
    public record Finding(String id, FindingKind kind, String description, DisputeCategory category, List<Party> parties,
                          int peopleInvolved, DoorToDoorNeed doorToDoor, String workRef) {

        public Finding {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    /**
     * Someone met on the visit who cannot come in (elderly, ill, disabled) and what they need.
     *
     * @param notifyRef a relative who should hear about it instead, or null
     */
    public record DoorToDoorNeed(String citizenRef, String personName, ServiceRequestKind serviceKind,
                                 ServiceRequest.DoorToDoorReason reason, String notifyRef) {
    }

    public record Snapshot(String id, String officerId, String gridCellId, String householdRef, int peopleMet, Instant visitedAt,
                           List<Finding> findings, Long version) {

        public Snapshot {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    private final Snapshot s;
    private final List<HomeVisitChanged> raised = new ArrayList<>();

    private HomeVisit(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    /**
     * Logs a visit and raises the events its findings become.
     *
     * @param householdRef a reference to the household in the station's register (no address or names here)
     */
    public static HomeVisit log(String id, String officerId, String gridCellId, String householdRef, int peopleMet, Instant visitedAt,
                                List<Finding> findings, Instant now) {
        HomeVisit visit = new HomeVisit(new Snapshot(id, officerId, gridCellId, householdRef, peopleMet, visitedAt, findings, null));
        for (Finding finding : visit.s.findings()) {
            switch (finding.kind()) {
                case DISPUTE -> visit.raised.add(new HomeVisitChanged.HomeVisitFindingHandedOverAsDispute(id, finding.id(),
                        new DisputeHandover(gridCellId, finding.category(), finding.parties(), finding.description(), finding.peopleInvolved(),
                                new Reporter(officerId, ReporterRole.COMMUNITY_OFFICER), visitedAt), now));
                case SAFETY_HAZARD -> visit.raised.add(new HomeVisitChanged.SafetyHazardFound(id, finding.id(), gridCellId,
                        officerId, finding.description(), visitedAt, now));
                case ANTI_FRAUD -> visit.raised.add(new HomeVisitChanged.AntiFraudWarningIssued(id, finding.id(), gridCellId,
                        householdRef, officerId, finding.description(), visitedAt, now));
                case DOOR_TO_DOOR -> {
                    // becomes a door-to-door service request, whose own event announces it
                }
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

    @Override
    public List<HomeVisitChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
