package org.fengqiao.citizen.visit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.citizen.request.application.OpenServiceRequest;
import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.beans.factory.annotation.Value;
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

    private final HomeVisits visits;
    private final OpenServiceRequest openRequest;
    private final GridDirectory grid;
    private final String doorToDoorPoint;
    private final Clock clock;

    public LogHomeVisit(HomeVisits visits, OpenServiceRequest openRequest, GridDirectory grid,
                        @Value("${citizen.door-to-door.service-point}") String doorToDoorPoint, Clock clock) {
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
        HomeVisit saved = visits.save(HomeVisit.log(visitId, officerId, gridCellId, householdRef, peopleMet, visitedAt, checked, now));
        work.forEach(openRequest::save);
        return saved;
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
        ServiceRequest.Opening opening = openRequest.check(new ServiceRequest.Opening(need.serviceKind() == null
                ? org.fengqiao.events.citizen.ServiceRequestKind.ID_CARD : need.serviceKind(), ServiceChannel.DOOR_TO_DOOR,
                new Applicant(need.citizenRef(), need.personName(), null, null), need.notifyRef(), ServiceRequest.RequestedBy.OFFICER,
                need.reason(), doorToDoorPoint, gridCellId, null, visitId, findingId, officerId));
        return ServiceRequest.open(UUID.randomUUID().toString(), opening, now);
    }
}
