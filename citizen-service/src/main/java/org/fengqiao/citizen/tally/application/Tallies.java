package org.fengqiao.citizen.tally.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.persistence.CountedRecords;
import org.fengqiao.kit.persistence.DayCounters;
import org.springframework.stereotype.Service;

/**
 * A period's tallies in the categories the station publishes each year: people visited at home,
 * lost persons helped, online appointments, registration cases at pre-acceptance points,
 * door-to-door ID services, enterprise services, activities by kind; plus lost and found. Read from
 * the station's day counters (each record is counted into its day when it is written, see
 * {@link CountedRecords}), one document per day by key: a period costs the same however many
 * records it holds.
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

    private final DayCounters days;

    public Tallies(DayCounters days) {
        this.days = days;
    }

    public Tally of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the period ends on or after " + from + ", not " + to);
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new InvalidFieldException("to", "a tally covers at most five years");
        }
        Map<String, Long> n = days.sum(from.datesUntil(to.plusDays(1)).toList());
        Map<OutreachActivity.Kind, ActivityTally> activities = new LinkedHashMap<>();
        for (OutreachActivity.Kind kind : OutreachActivity.Kind.values()) {
            activities.put(kind, new ActivityTally(n.getOrDefault(kind.heldCounter(), 0L), n.getOrDefault(kind.attendanceCounter(), 0L)));
        }
        return new Tally(from, to, days.zone().getId(), n.getOrDefault(HomeVisit.VISITS_COUNTER, 0L),
                n.getOrDefault(HomeVisit.PEOPLE_VISITED_COUNTER, 0L), n.getOrDefault(LostPersonHelped.COUNTER, 0L),
                n.getOrDefault(Appointment.BOOKED_COUNTER, 0L), n.getOrDefault(ServiceRequest.PRE_ACCEPTANCE_COUNTER, 0L),
                n.getOrDefault(ServiceRequest.DOOR_TO_DOOR_COUNTER, 0L), n.getOrDefault(EnterpriseIntake.COUNTER, 0L),
                n.getOrDefault(ServiceRequest.ENTERPRISE_APPLICATIONS_COUNTER, 0L), activities,
                new LostAndFoundTally(n.getOrDefault(LostItem.RECEIVED_COUNTER, 0L), n.getOrDefault(LostItem.RETURNED_COUNTER, 0L),
                        n.getOrDefault(LostItem.DISPOSED_COUNTER, 0L)));
    }

    public ZoneId zone() {
        return days.zone();
    }
}
