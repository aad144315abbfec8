package org.fengqiao.patrol.assessment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.fengqiao.patrol.assessment.model.TeamMonth;
import org.fengqiao.patrol.assessment.model.TeamTotals;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.incident.application.Incidents;
import org.fengqiao.patrol.incident.model.Incident;
import org.fengqiao.patrol.shift.application.Shifts;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.fengqiao.patrol.shift.model.Shift;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the assessment's running tallies ({@link TeamMonth}) as shifts, missed shifts and incidents
 * are written: each write's new state replaces its share in the month of its team (and of each
 * team given a task), by key.
 * <p>
 * The record is written first and counted after. A tally that could not be written then (the
 * store away, the process gone) is made good by the recount, which counts again the recent
 * records (station time) every few minutes, and by the month's filing: the first
 * assessment of a month counts in every record of it once, so a store kept from before the
 * tallies, or records written while the tallies were not, are counted too. Counting a record
 * again changes nothing.
 */
@Service
public class CountForAssessment {

    private static final Logger log = LoggerFactory.getLogger(CountForAssessment.class);
    /** How many days back the recount reaches for incidents. */
    static final int INCIDENT_DAYS = 7;

    private final AssessmentTallies tallies;
    private final Shifts shifts;
    private final Incidents incidents;
    private final PatrolDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    public CountForAssessment(AssessmentTallies tallies, Shifts shifts, Incidents incidents, PatrolDirectory directory, Clock clock,
                              @Value("${patrol.assessment.zone}") ZoneId zone) {
        this.directory = directory;
        this.tallies = tallies;
        this.shifts = shifts;
        this.incidents = incidents;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener
    public void shiftWritten(Shift.Snapshot shift) {
        counting("shift " + shift.id(), () -> shift(shift));
    }

    @EventListener
    public void missedShiftWritten(MissedShiftNoticed missed) {
        counting("missed shift " + missed.id(), () -> missed(missed.id(), missed.teamId(), missed.plannedStart()));
    }

    @EventListener
    public void incidentWritten(Incident.Snapshot incident) {
        counting("incident " + incident.id(), () -> incident(incident));
    }

    /** Counts in every record of the month once, before its first assessment. */
    public void fileIfNew(YearMonth month) {
        if (!tallies.filed(month)) {
            int counted = countRecords(month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            tallies.markFiled(month);
            log.info("filed the assessment tallies of {} from its {} record(s)", month, counted);
        }
    }

    /**
     * Counts again the shifts and missed shifts of yesterday and today, and the incidents of the
     * last {@value #INCIDENT_DAYS} days (they go on changing for days after their report: acknowledged,
     * tasked, closed): what a write could not count (the store away, a crash) is counted now.
     */
    @Scheduled(fixedDelayString = "${patrol.assessment.recount-interval:PT10M}", initialDelayString = "${patrol.assessment.recount-interval:PT10M}")
    public void recountRecent() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        countShifts(today.minusDays(1).atStartOfDay(zone).toInstant(), tomorrow);
        countIncidents(today.minusDays(INCIDENT_DAYS).atStartOfDay(zone).toInstant(), tomorrow);
    }

    /** Counts in the records of [from, to), read by day, by key; how many. */
    int countRecords(Instant from, Instant to) {
        return countShifts(from, to) + countIncidents(from, to);
    }

    private int countShifts(Instant from, Instant to) {
        int counted = 0;
        for (Shift shift : shifts.startedIn(from, to)) {
            shift(shift.snapshot());
            counted++;
        }
        for (Shifts.MissedShift missed : shifts.missedIn(from, to)) {
            missed(missed.id(), missed.teamId(), missed.plannedStart());
            counted++;
        }
        return counted;
    }

    private int countIncidents(Instant from, Instant to) {
        int counted = 0;
        for (Incident incident : incidents.reportedIn(from, to)) {
            incident(incident.snapshot());
            counted++;
        }
        return counted;
    }

    private void shift(Shift.Snapshot shift) {
        TeamMonth.PatrolledShift share = TeamMonth.PatrolledShift.of(shift);
        tallies.change(shift.teamId(), monthOf(shift.startedAt()), month -> month.with(share), this::sum);
    }

    private void missed(String id, String teamId, Instant plannedStart) {
        tallies.change(teamId, monthOf(plannedStart), month -> month.withMissed(id), this::sum);
    }

    private void incident(Incident.Snapshot incident) {
        YearMonth month = monthOf(incident.reportedAt());
        for (Map.Entry<String, TeamMonth.IncidentShare> share : TeamMonth.IncidentShare.of(incident).entrySet()) {
            tallies.change(share.getKey(), month, teamMonth -> teamMonth.with(share.getValue()), this::sum);
        }
    }

    private TeamTotals sum(TeamMonth month) {
        return month.totals(zone, directory::block);
    }

    private YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    /** The record is kept already: a tally that fails now is counted by the next sweep, and the write still answers. */
    private static void counting(String what, Runnable count) {
        try {
            count.run();
        } catch (RuntimeException e) {
            log.warn("could not count {} in its assessment now; the next recount will: {}", what, e.toString());
        }
    }
}
