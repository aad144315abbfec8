package org.fengqiao.patrol.assessment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.patrol.assessment.model.BelowThreshold;
import org.fengqiao.patrol.assessment.model.TeamAssessment;
import org.fengqiao.patrol.assessment.model.TeamTotals;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.team.application.PatrolTeamFilter;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The monthly assessment of every team and the patrol KPIs, from the running tallies of the teams'
 * months ({@link TeamTotals}: a few numbers per team and block, one document per team, read by
 * key). The first night of a month the previous month is assessed and each team under the
 * coverage bar is published once ({@code TeamAssessedBelowThreshold}).
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
    private final AssessmentTallies tallies;
    private final CountForAssessment counting;
    private final AssessmentRecords records;
    private final Clock clock;
    private final ZoneId zone;
    private final double threshold;

    public AssessTeams(PatrolTeams teams, PatrolDirectory directory, AssessmentTallies tallies, CountForAssessment counting,
                       AssessmentRecords records,
                       Clock clock, @Value("${patrol.assessment.zone}") ZoneId zone,
                       @Value("${patrol.assessment.coverage-threshold}") double threshold) {
        this.teams = teams;
        this.directory = directory;
        this.tallies = tallies;
        this.counting = counting;
        this.records = records;
        this.clock = clock;
        this.zone = zone;
        this.threshold = threshold;
    }

    /** Every team's assessment for the month, best coverage first (then shift rate, then team id). */
    public List<TeamAssessment> ranking(YearMonth month) {
        List<PatrolTeam> all = allTeams();
        return ranking(month, all, teamMonths(month, all));
    }

    private List<TeamAssessment> ranking(YearMonth month, List<PatrolTeam> teams, Map<String, TeamTotals> months) {
        Instant now = clock.instant();
        List<TeamAssessment> all = new ArrayList<>();
        for (PatrolTeam team : teams) {
            List<GridBlock> blocks = team.gridBlockIds().stream().map(directory::block).flatMap(java.util.Optional::stream).toList();
            boolean scheduled = directory.roster(team.id()).map(r -> r.schedule() != null).orElse(false);
            TeamTotals counted = months.getOrDefault(team.id(), TeamTotals.none(team.id()));
            all.add(TeamAssessment.of(team.id(), month, zone, blocks, scheduled, counted, now, threshold));
        }
        all.sort(Comparator.comparingDouble(TeamAssessment::coverage).reversed()
                .thenComparing(Comparator.comparingDouble(TeamAssessment::shiftRate).reversed())
                .thenComparing(TeamAssessment::teamId));
        return all;
    }

    /** Every team's month summed, from the running tallies: one document per team, by key. */
    private Map<String, TeamTotals> teamMonths(YearMonth month, List<PatrolTeam> teams) {
        counting.fileIfNew(month);
        return tallies.totals(month, teams.stream().map(PatrolTeam::id).toList());
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
        List<PatrolTeam> teams = allTeams();
        Map<String, TeamTotals> months = teamMonths(month, teams);
        List<TeamAssessment> ranking = ranking(month, teams, months);
        List<Duration> toAck = months.values().stream().flatMap(m -> m.urgentAcknowledgedAfterMillis().stream()).map(Duration::ofMillis)
                .sorted().toList();
        Map<String, Map<IncidentCategory, Integer>> byBlock = new TreeMap<>();
        for (TeamTotals team : months.values()) {
            team.incidentsByBlockAndCategory().forEach((block, categories) -> categories.forEach((category, count) -> byBlock
                    .computeIfAbsent(block, b -> new EnumMap<>(IncidentCategory.class)).merge(IncidentCategory.valueOf(category), count, Integer::sum)));
        }
        int planned = ranking.stream().mapToInt(TeamAssessment::plannedShifts).sum();
        long expected = ranking.stream().mapToLong(TeamAssessment::expectedVisits).sum();
        long made = ranking.stream().mapToLong(a -> Math.min(a.visitsMade(), a.expectedVisits())).sum();
        return new PatrolKpis(month, expected == 0 ? 1.0 : (double) made / expected, planned, ranking.stream().mapToInt(TeamAssessment::shiftsDone).sum(),
                months.values().stream().mapToInt(TeamTotals::urgentIncidents).sum(),
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
