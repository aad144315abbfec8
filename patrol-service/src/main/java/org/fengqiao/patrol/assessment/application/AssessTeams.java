package org.fengqiao.patrol.assessment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.patrol.assessment.model.BelowThreshold;
import org.fengqiao.patrol.assessment.model.TeamAssessment;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.incident.application.Incidents;
import org.fengqiao.patrol.incident.model.Incident;
import org.fengqiao.patrol.shift.application.Shifts;
import org.fengqiao.patrol.shift.model.Shift;
import org.fengqiao.patrol.team.application.PatrolTeamFilter;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The monthly assessment of every team and the patrol KPIs, computed from the stored shifts,
 * missed shifts and incidents. The first night of a month the previous month is assessed and each
 * team under the coverage bar is published once ({@code TeamAssessedBelowThreshold}).
 */
@Service
public class AssessTeams {

    private static final Logger log = LoggerFactory.getLogger(AssessTeams.class);

    /** The station's figures for a month. */
    public record PatrolKpis(YearMonth month, double coverage, int plannedShifts, int shiftsDone, int urgentIncidents,
                             Duration medianTimeToAcknowledge, Map<String, Map<IncidentCategory, Integer>> incidentsByBlockAndCategory) {
    }

    private final PatrolTeams teams;
    private final PatrolDirectory directory;
    private final Shifts shifts;
    private final Incidents incidents;
    private final AssessmentRecords records;
    private final Clock clock;
    private final ZoneId zone;
    private final double threshold;

    public AssessTeams(PatrolTeams teams, PatrolDirectory directory, Shifts shifts, Incidents incidents, AssessmentRecords records,
                       Clock clock, @Value("${patrol.assessment.zone}") ZoneId zone,
                       @Value("${patrol.assessment.coverage-threshold}") double threshold) {
        this.teams = teams;
        this.directory = directory;
        this.shifts = shifts;
        this.incidents = incidents;
        this.records = records;
        this.clock = clock;
        this.zone = zone;
        this.threshold = threshold;
    }

    /** Every team's assessment for the month, best coverage first (then shift rate, then team id). */
    public List<TeamAssessment> ranking(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Shift> monthShifts = shifts.startedIn(from, to);
        List<Shifts.MissedShift> missed = shifts.missedIn(from, to);
        List<Incident> monthIncidents = incidents.reportedIn(from, to);
        Instant now = clock.instant();
        List<TeamAssessment> all = new ArrayList<>();
        for (PatrolTeam team : allTeams()) {
            List<GridBlock> blocks = team.gridBlockIds().stream().map(directory::block).flatMap(java.util.Optional::stream).toList();
            boolean scheduled = directory.roster(team.id()).map(r -> r.schedule() != null).orElse(false);
            int tasksAssigned = 0;
            int tasksReported = 0;
            for (Incident incident : monthIncidents) {
                for (Incident.Task task : incident.snapshot().tasks()) {
                    if (task.teamId().equals(team.id())) {
                        tasksAssigned++;
                        tasksReported += task.report() == null ? 0 : 1;
                    }
                }
            }
            TeamAssessment.Activity activity = new TeamAssessment.Activity(
                    monthShifts.stream().filter(s -> s.snapshot().teamId().equals(team.id())).map(Shift::snapshot).toList(),
                    (int) missed.stream().filter(m -> m.teamId().equals(team.id())).count(),
                    (int) monthIncidents.stream().filter(i -> i.snapshot().teamId().equals(team.id())).count(), tasksAssigned, tasksReported);
            all.add(TeamAssessment.of(team.id(), month, zone, blocks, scheduled, activity, now, threshold));
        }
        all.sort(Comparator.comparingDouble(TeamAssessment::coverage).reversed()
                .thenComparing(Comparator.comparingDouble(TeamAssessment::shiftRate).reversed())
                .thenComparing(TeamAssessment::teamId));
        return all;
    }

    /** Publishes the teams under the bar for a month, each once; returns how many it published now. */
    public int publishBelowThreshold(YearMonth month) {
        int published = 0;
        for (TeamAssessment assessment : ranking(month)) {
            if (assessment.belowThreshold() && records.recordBelowThreshold(new BelowThreshold(assessment, threshold, clock.instant()))) {
                published++;
            }
        }
        log.info("{} assessed: {} team(s) newly below the coverage bar of {}", month, published, threshold);
        return published;
    }

    @Scheduled(cron = "${patrol.assessment.cron}", zone = "${patrol.assessment.zone}")
    public void assessLastMonth() {
        publishBelowThreshold(YearMonth.from(clock.instant().atZone(zone)).minusMonths(1));
    }

    public PatrolKpis kpis(YearMonth month) {
        List<TeamAssessment> ranking = ranking(month);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Incident.Snapshot> monthIncidents = incidents.reportedIn(from, to).stream().map(Incident::snapshot).toList();
        List<Duration> toAck = monthIncidents.stream().filter(i -> i.urgent() && i.acknowledgedAt() != null)
                .map(i -> Duration.between(i.reportedAt(), i.acknowledgedAt())).sorted().toList();
        Map<String, Map<IncidentCategory, Integer>> byBlock = new TreeMap<>();
        for (Incident.Snapshot incident : monthIncidents) {
            byBlock.computeIfAbsent(incident.gridBlockId(), b -> new LinkedHashMap<>()).merge(incident.category(), 1, Integer::sum);
        }
        int planned = ranking.stream().mapToInt(TeamAssessment::plannedShifts).sum();
        long expected = ranking.stream().mapToLong(TeamAssessment::expectedVisits).sum();
        long made = ranking.stream().mapToLong(a -> Math.min(a.visitsMade(), a.expectedVisits())).sum();
        return new PatrolKpis(month, expected == 0 ? 1.0 : (double) made / expected, planned, ranking.stream().mapToInt(TeamAssessment::shiftsDone).sum(),
                (int) monthIncidents.stream().filter(Incident.Snapshot::urgent).count(),
                toAck.isEmpty() ? null : toAck.get(toAck.size() / 2), byBlock);
    }

    private List<PatrolTeam> allTeams() {
        List<PatrolTeam> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = teams.search(new PatrolTeamFilter(null, null), page, 200);
            all.addAll(found.items());
            if ((long) (page + 1) * 200 >= found.totalItems()) {
                return all;
            }
        }
    }
}
