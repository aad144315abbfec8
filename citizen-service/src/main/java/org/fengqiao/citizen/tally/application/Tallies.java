package org.fengqiao.citizen.tally.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.lostfound.application.LostItems;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.citizen.request.application.EnterpriseIntakes;
import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.servicepoint.application.ServicePointFilter;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A period's tallies in the categories the station publishes each year: people visited at home,
 * lost persons helped, online appointments, registration cases at pre-acceptance points,
 * door-to-door ID services, enterprise services, activities by kind; plus lost and found. Every
 * number is counted from the records of the period (local dates, both inclusive).
 */
@Service
public class Tallies {

    /** One activity kind's count and total attendance. */
    public record ActivityTally(long held, long attendance) {
    }

    /** What happened to lost items in the period. */
    public record LostAndFoundTally(long received, long returned, long disposed) {
    }

    /**
     * @param homeVisits              visits made
     * @param peopleVisited           people met on them (the published "people visited at home")
     * @param preAcceptanceCases      household-registration requests opened at community pre-acceptance points
     * @param doorToDoorServices      door-to-door requests opened
     * @param enterpriseServices      enterprise intake batches collected
     * @param enterpriseApplications  applications in those batches
     */
    public record Tally(LocalDate from, LocalDate to, String zone, long homeVisits, long peopleVisited, long lostPersonsHelped,
                        long onlineAppointments, long preAcceptanceCases, long doorToDoorServices, long enterpriseServices,
                        long enterpriseApplications, Map<OutreachActivity.Kind, ActivityTally> activities, LostAndFoundTally lostAndFound) {
    }

    private final org.fengqiao.citizen.visit.application.HomeVisits visits;
    private final OutreachRecords outreach;
    private final Appointments appointments;
    private final ServiceRequests requests;
    private final EnterpriseIntakes intakes;
    private final LostItems lostItems;
    private final ServicePoints servicePoints;
    private final ZoneId zone;

    public Tallies(org.fengqiao.citizen.visit.application.HomeVisits visits, OutreachRecords outreach, Appointments appointments,
                   ServiceRequests requests, EnterpriseIntakes intakes, LostItems lostItems, ServicePoints servicePoints,
                   @Value("${citizen.zone}") ZoneId zone) {
        this.visits = visits;
        this.outreach = outreach;
        this.appointments = appointments;
        this.requests = requests;
        this.intakes = intakes;
        this.lostItems = lostItems;
        this.servicePoints = servicePoints;
        this.zone = zone;
    }

    public Tally of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the period ends on or after " + from + ", not " + to);
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new InvalidFieldException("to", "a tally covers at most five years");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long[] visited = visits.totals(start, end);
        List<String> preAcceptancePoints = servicePoints.search(new ServicePointFilter(ServicePointType.PRE_ACCEPTANCE_POINT, null), 0, 1000)
                .items().stream().map(ServicePoint::id).toList();
        Map<OutreachActivity.Kind, ActivityTally> activities = new LinkedHashMap<>();
        outreach.activityCounts(start, end).forEach((kind, c) -> activities.put(kind, new ActivityTally(c[0], c[1])));
        return new Tally(from, to, zone.getId(), visited[0], visited[1], outreach.countLostPersons(start, end), appointments.countBooked(start, end),
                requests.countOpened(null, ServiceRequestKind.HOUSEHOLD_REGISTRATION, preAcceptancePoints, start, end),
                requests.countOpened(ServiceChannel.DOOR_TO_DOOR, null, null, start, end), intakes.countCollected(start, end),
                requests.countOpened(ServiceChannel.ENTERPRISE, null, null, start, end), activities,
                new LostAndFoundTally(lostItems.countReceived(start, end), lostItems.countClosed(LostItem.Status.RETURNED, start, end),
                        lostItems.countClosed(LostItem.Status.DISPOSED, start, end)));
    }

    public ZoneId zone() {
        return zone;
    }
}
