package org.fengqiao.citizen.tally.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.citizen.tally.model.DayTotals;
import org.fengqiao.citizen.tally.model.TallyEntry;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A period's tallies in the categories the station publishes each year: people visited at home,
 * lost persons helped, online appointments, registration cases at pre-acceptance points,
 * door-to-door ID services, enterprise services, activities by kind; plus lost and found. Read from
 * the daily tallies ({@link TallyBook}: each record counted into its day when it is written), one
 * document per day by key: a period costs the same however many records it holds.
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

    private final TallyDays days;
    private final ZoneId zone;

    public Tallies(TallyDays days, @Value("${citizen.zone}") ZoneId zone) {
        this.days = days;
        this.zone = zone;
    }

    public Tally of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the period ends on or after " + from + ", not " + to);
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new InvalidFieldException("to", "a tally covers at most five years");
        }
        DayTotals t = days.sum(from.datesUntil(to.plusDays(1)).toList());
        Map<OutreachActivity.Kind, ActivityTally> activities = new LinkedHashMap<>();
        for (OutreachActivity.Kind kind : OutreachActivity.Kind.values()) {
            activities.put(kind, new ActivityTally(t.of(TallyEntry.activitiesHeld(kind.name())), t.of(TallyEntry.activityAttendance(kind.name()))));
        }
        return new Tally(from, to, zone.getId(), t.of(TallyEntry.HOME_VISITS), t.of(TallyEntry.PEOPLE_VISITED),
                t.of(TallyEntry.LOST_PERSONS_HELPED), t.of(TallyEntry.ONLINE_APPOINTMENTS), t.of(TallyEntry.PRE_ACCEPTANCE_CASES),
                t.of(TallyEntry.DOOR_TO_DOOR_SERVICES), t.of(TallyEntry.ENTERPRISE_SERVICES), t.of(TallyEntry.ENTERPRISE_APPLICATIONS),
                activities, new LostAndFoundTally(t.of(TallyEntry.LOST_ITEMS_RECEIVED), t.of(TallyEntry.LOST_ITEMS_RETURNED),
                t.of(TallyEntry.LOST_ITEMS_DISPOSED)));
    }

    public ZoneId zone() {
        return zone;
    }
}
