package org.fengqiao.citizen.visit.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.citizen.request.application.OpenServiceRequest;
import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * An officer logs a home visit; its findings become work for others the same day: events for
 * disputes, safety hazards and fraud risks, and a door-to-door service request for someone who
 * cannot come in for a card. Every finding is checked before anything is stored.
 */
@Service
public class LogHomeVisit {

    /** A finding as the officer writes it. */
    public record FindingInput(HomeVisit.FindingKind kind, String description, DisputeCategory category, List<Party> parties,
                               Integer peopleInvolved, HomeVisit.DoorToDoorNeed doorToDoor) {
    }

    static final String HOME_VISIT = "home-visit";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LogHomeVisit.class);

    private final HomeVisits visits;
    private final OpenServiceRequest openRequest;
    private final ServiceRequests requests;
    private final GridDirectory grid;
    private final String doorToDoorPoint;
    private final Clock clock;
    private final UnfinishedOperations operations;
    private final CrashPoints crashPoints;
    private final Duration unfinishedAfter;

    public LogHomeVisit(HomeVisits visits, OpenServiceRequest openRequest, ServiceRequests requests, GridDirectory grid,
                        @Value("${citizen.door-to-door.service-point}") String doorToDoorPoint, Clock clock,
                        UnfinishedOperations operations, CrashPoints crashPoints,
                        @Value("${citizen.home-visits.unfinished-after:PT1M}") Duration unfinishedAfter) {
        this.requests = requests;
        this.operations = operations;
        this.crashPoints = crashPoints;
        this.unfinishedAfter = unfinishedAfter;
        this.visits = visits;
        this.openRequest = openRequest;
        this.grid = grid;
        this.doorToDoorPoint = doorToDoorPoint;
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
        String visitId = UUID.randomUUID().toString();
        List<HomeVisit.Finding> checked = new ArrayList<>();
        List<ServiceRequest> work = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingInput f = findings.get(i);
            String findingId = UUID.randomUUID().toString();
            String workRef = null;
            if (f.kind() == HomeVisit.FindingKind.DISPUTE) {
                checkDispute(f, "findings[" + i + "].");
            }
            if (f.kind() == HomeVisit.FindingKind.DOOR_TO_DOOR) {
                ServiceRequest request = doorToDoor(f.doorToDoor(), "findings[" + i + "].doorToDoor", officerId, gridCellId, visitId, findingId, now);
                work.add(request);
                workRef = request.snapshot().id();
            }
            checked.add(new HomeVisit.Finding(findingId, f.kind(), f.description(), f.category(), f.parties(),
                    f.peopleInvolved() == null ? 0 : f.peopleInvolved(), f.doorToDoor(), workRef));
        }
        if (work.isEmpty()) {
            return visits.save(HomeVisit.log(visitId, officerId, gridCellId, householdRef, peopleMet, visitedAt, checked, now));
        }
        // the visit, then each door-to-door request it names: recorded first, so that a crash in
        // between is completed by finishInterrupted()
        operations.begin(HOME_VISIT, visitId, Map.of());
        HomeVisit saved = visits.save(HomeVisit.log(visitId, officerId, gridCellId, householdRef, peopleMet, visitedAt, checked, now));
        crashPoints.reached("home-visit.saved");
        work.forEach(openRequest::save);
        operations.finished(HOME_VISIT, visitId);
        return saved;
    }

    /**
     * Completes the visits a crash interrupted, once older than any request takes
     * ({@code citizen.home-visits.unfinished-after}, a minute): a visit stored without every
     * door-to-door request it names gets them, rebuilt from its findings under the ids it names;
     * a visit never stored leaves nothing to do. Runs every 30 s.
     */
    @Scheduled(fixedDelayString = "${citizen.home-visits.unfinished-check-interval:PT30S}",
            initialDelayString = "${citizen.home-visits.unfinished-check-interval:PT30S}")
    public int finishInterrupted() {
        return operations.finishOlderThan(java.util.Set.of(HOME_VISIT), unfinishedAfter, operation -> {
            HomeVisit visit = visits.find(operation.id()).orElse(null);
            if (visit == null) {
                return UnfinishedOperations.Outcome.undone();
            }
            HomeVisit.Snapshot s = visit.snapshot();
            for (HomeVisit.Finding finding : s.findings()) {
                if (finding.workRef() != null && requests.find(finding.workRef()).isEmpty()) {
                    openRequest.save(ServiceRequest.open(finding.workRef(), doorToDoorOpening(finding.doorToDoor(), "doorToDoor",
                            s.officerId(), s.gridCellId(), s.id(), finding.id()), clock.instant()));
                    log.warn("home visit {} was interrupted before its door-to-door request {} was stored: opened now", s.id(),
                            finding.workRef());
                }
            }
            return UnfinishedOperations.Outcome.completed("/api/v1/home-visits/" + s.id());
        });
    }

    private static void checkDispute(FindingInput f, String prefix) {
        if (f.category() == null) {
            throw new InvalidFieldException(prefix + "category", "a dispute finding names its category");
        }
        if (f.parties() == null || f.parties().isEmpty()) {
            throw new InvalidFieldException(prefix + "parties", "a dispute finding names at least one party");
        }
        if (f.peopleInvolved() == null || f.peopleInvolved() < 1) {
            throw new InvalidFieldException(prefix + "peopleInvolved", "a dispute involves at least one person");
        }
    }

    private ServiceRequest doorToDoor(HomeVisit.DoorToDoorNeed need, String field, String officerId, String gridCellId, String visitId,
                                      String findingId, Instant now) {
        if (need == null) {
            throw new InvalidFieldException(field, "a door-to-door finding names the person (citizenRef, personName), what they need and why");
        }
        if (need.citizenRef() == null || need.citizenRef().isBlank() || need.personName() == null || need.personName().isBlank()) {
            throw new InvalidFieldException(field + ".citizenRef", "a door-to-door finding names the person: citizenRef and personName");
        }
        if (need.reason() == null) {
            throw new InvalidFieldException(field + ".reason", "why the person cannot come in: ELDERLY, ILL or DISABLED");
        }
        return ServiceRequest.open(UUID.randomUUID().toString(), doorToDoorOpening(need, field, officerId, gridCellId, visitId, findingId), now);
    }

    private ServiceRequest.Opening doorToDoorOpening(HomeVisit.DoorToDoorNeed need, String field, String officerId, String gridCellId,
                                                     String visitId, String findingId) {
        return openRequest.check(new ServiceRequest.Opening(need.serviceKind() == null
                ? org.fengqiao.events.citizen.ServiceRequestKind.ID_CARD : need.serviceKind(), ServiceChannel.DOOR_TO_DOOR,
                new Applicant(need.citizenRef(), need.personName(), null, null), need.notifyRef(), ServiceRequest.RequestedBy.OFFICER,
                need.reason(), doorToDoorPoint, gridCellId, null, visitId, findingId, officerId));
    }
}
