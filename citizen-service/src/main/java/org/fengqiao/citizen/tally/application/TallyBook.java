package org.fengqiao.citizen.tally.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What each kind of record adds to the station's daily tallies, and the counting of it. Each
 * record's entries follow from its stored state alone, so counting them again (after a crash, in
 * the sweep, after a change of the record) adds nothing twice.
 */
@Service
public class TallyBook {

    private final TallyDays days;
    private final ServicePoints servicePoints;
    private final ZoneId zone;

    public TallyBook(TallyDays days, ServicePoints servicePoints, @Value("${citizen.zone}") ZoneId zone) {
        this.days = days;
        this.servicePoints = servicePoints;
        this.zone = zone;
    }

    /** Counts each entry into its day, once. */
    public void count(List<TallyEntry> entries) {
        entries.forEach(days::count);
    }

    public List<TallyEntry> homeVisit(String id, Instant visitedAt, int peopleMet) {
        return List.of(entry(id, "made", visitedAt, Map.of(TallyEntry.HOME_VISITS, 1L, TallyEntry.PEOPLE_VISITED, (long) peopleMet)));
    }

    public List<TallyEntry> lostPersonHelped(String id, Instant foundAt) {
        return List.of(entry(id, "helped", foundAt, Map.of(TallyEntry.LOST_PERSONS_HELPED, 1L)));
    }

    public List<TallyEntry> outreachActivity(String id, String kind, Instant heldAt, int attendance) {
        return List.of(entry(id, "held", heldAt, Map.of(TallyEntry.activitiesHeld(kind), 1L, TallyEntry.activityAttendance(kind),
                (long) attendance)));
    }

    public List<TallyEntry> appointmentBooked(String id, Instant bookedAt) {
        return List.of(entry(id, "booked", bookedAt, Map.of(TallyEntry.ONLINE_APPOINTMENTS, 1L)));
    }

    /**
     * A service request opened: a household-registration case at a pre-acceptance point, a
     * door-to-door service, or an application in an enterprise batch; other requests add nothing.
     */
    public List<TallyEntry> requestOpened(String id, ServiceChannel channel, ServiceRequestKind kind, String servicePointId, Instant openedAt) {
        List<TallyEntry> entries = new ArrayList<>();
        if (kind == ServiceRequestKind.HOUSEHOLD_REGISTRATION && servicePointId != null && servicePoints.find(servicePointId)
                .map(ServicePoint::type).filter(ServicePointType.PRE_ACCEPTANCE_POINT::equals).isPresent()) {
            entries.add(entry(id, "pre-acceptance", openedAt, Map.of(TallyEntry.PRE_ACCEPTANCE_CASES, 1L)));
        }
        if (channel == ServiceChannel.DOOR_TO_DOOR) {
            entries.add(entry(id, "door-to-door", openedAt, Map.of(TallyEntry.DOOR_TO_DOOR_SERVICES, 1L)));
        }
        if (channel == ServiceChannel.ENTERPRISE) {
            entries.add(entry(id, "enterprise", openedAt, Map.of(TallyEntry.ENTERPRISE_APPLICATIONS, 1L)));
        }
        return entries;
    }

    public List<TallyEntry> enterpriseIntakeCollected(String id, Instant collectedAt) {
        return List.of(entry(id, "collected", collectedAt, Map.of(TallyEntry.ENTERPRISE_SERVICES, 1L)));
    }

    /** A lost item: received; and, once closed, returned or disposed of. */
    public List<TallyEntry> lostItem(String id, Instant receivedAt, boolean returned, boolean disposed, Instant closedAt) {
        List<TallyEntry> entries = new ArrayList<>();
        entries.add(entry(id, "received", receivedAt, Map.of(TallyEntry.LOST_ITEMS_RECEIVED, 1L)));
        if (returned && closedAt != null) {
            entries.add(entry(id, "returned", closedAt, Map.of(TallyEntry.LOST_ITEMS_RETURNED, 1L)));
        }
        if (disposed && closedAt != null) {
            entries.add(entry(id, "disposed", closedAt, Map.of(TallyEntry.LOST_ITEMS_DISPOSED, 1L)));
        }
        return entries;
    }

    private TallyEntry entry(String recordId, String fact, Instant at, Map<String, Long> counts) {
        return new TallyEntry(recordId + ":" + fact, LocalDate.ofInstant(at, zone), counts);
    }
}
