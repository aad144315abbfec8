package org.fengqiao.citizen.request.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * Opens a service request at a service point, door-to-door or in an enterprise batch, after
 * checking what the caller can fix: the point exists and offers the service, a door-to-door
 * request says why and where. (The ID number's and phone's formats are checked where they are
 * received; the {@link org.fengqiao.citizen.request.model.Applicant} refuses malformed ones too.)
 */
@Service
public class OpenServiceRequest {

    private final ServiceRequests requests;
    private final ServicePoints servicePoints;
    private final GridDirectory grid;
    private final Clock clock;

    public OpenServiceRequest(ServiceRequests requests, ServicePoints servicePoints, GridDirectory grid, Clock clock) {
        this.requests = requests;
        this.servicePoints = servicePoints;
        this.grid = grid;
        this.clock = clock;
    }

    public ServiceRequest open(ServiceRequest.Opening opening) {
        return requests.save(ServiceRequest.open(UUID.randomUUID().toString(), check(opening), clock.instant()));
    }

    /** Stores a request opened elsewhere (e.g. from a home-visit finding) after {@link #check}. */
    public ServiceRequest save(ServiceRequest request) {
        return requests.save(request);
    }

    /** Checks an opening; the request is not stored. */
    public ServiceRequest.Opening check(ServiceRequest.Opening o) {
        ServicePoint point = servicePoints.find(o.servicePointId())
                .orElseThrow(() -> new InvalidFieldException("servicePointId", "no service point '" + o.servicePointId() + "'"));
        OfferedService needed = offered(o.kind()).orElseThrow(() -> new InvalidFieldException("kind", "not a kind of request: " + o.kind()));
        if (!point.services().contains(needed)) {
            throw new InvalidFieldException("servicePointId", point.name() + " does not handle " + needed + "; it offers " + point.services());
        }
        if (o.channel() == ServiceChannel.DOOR_TO_DOOR) {
            if (o.reason() == null) {
                throw new InvalidFieldException("reason", "a door-to-door request says why the person cannot come in (ELDERLY, ILL, DISABLED)");
            }
            if (o.gridCellId() == null || grid.gridCell(o.gridCellId()).isEmpty()) {
                throw new InvalidFieldException("gridCellId", "a door-to-door request names the grid cell of the person's home; unknown '"
                        + o.gridCellId() + "'");
            }
        } else if (o.gridCellId() != null && grid.gridCell(o.gridCellId()).isEmpty()) {
            throw new InvalidFieldException("gridCellId", "unknown grid cell '" + o.gridCellId() + "'");
        }
        return o;
    }

    static Optional<OfferedService> offered(ServiceRequestKind kind) {
        return switch (kind) {
            case HOUSEHOLD_REGISTRATION -> Optional.of(OfferedService.HOUSEHOLD_REGISTRATION);
            case ID_CARD -> Optional.of(OfferedService.ID_CARD);
            case RESIDENCE_PERMIT -> Optional.of(OfferedService.RESIDENCE_PERMIT);
            case OTHER -> Optional.empty();
        };
    }
}
