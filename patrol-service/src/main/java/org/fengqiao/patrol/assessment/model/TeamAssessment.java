package org.fengqiao.patrol.assessment.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.patrol.directory.model.GridBlock;

/**
 * How a team patrolled its blocks in a month, as the station assesses it (考核):
 * <ul>
 *   <li><b>plannedShifts</b>: one a day per contracted block, for the days of the month up to the
 *       assessment (a team without a schedule plans none);</li>
 *   <li><b>shiftsDone</b>, <b>shiftRate</b> = done / planned (at most 1);</li>
 *   <li><b>coverage</b> = visitsMade / expectedVisits: of the checkpoint visits the planned shifts
 *       call for (every checkpoint of the block on each planned shift), the share made, counting each
 *       checkpoint once per shift (at most 1);</li>
 *   <li><b>coverageByBlockAndBand</b>: the same per block and time band of the shift's start
 *       (DAY 06-18, EVENING 18-22, NIGHT 22-06), over the shifts done in that band;</li>
 *   <li><b>flaggedCheckIns</b>, <b>missedShifts</b>, <b>incidentsReported</b>, <b>tasksAssigned</b>
 *       and <b>tasksReported</b> (the team's responses).</li>
 * </ul>
 */
public record TeamAssessment(String teamId, YearMonth month, int plannedShifts, int shiftsDone, double shiftRate, int expectedVisits,
                             int visitsMade, double coverage,
                             Map<String, Map<TimeBand, Double>> coverageByBlockAndBand, int flaggedCheckIns, int missedShifts,
                             int incidentsReported, int tasksAssigned, int tasksReported, boolean belowThreshold) {

    public enum TimeBand {
        DAY, EVENING, NIGHT;

        static TimeBand of(LocalTime time) {
            if (time.isBefore(LocalTime.of(6, 0)) || !time.isBefore(LocalTime.of(22, 0))) {
                return NIGHT;
            }
            return time.isBefore(LocalTime.of(18, 0)) ? DAY : EVENING;
        }
    }

    /**
     * @param blocks    the blocks contracted to the team
     * @param scheduled whether the team has a planned daily schedule
     * @param totals    the team's month as counted (only its shifts on these blocks cover them)
     * @param asOf      the moment of the assessment: a month still running is counted up to its day
     * @param threshold the coverage under which the team is below the station's bar (e.g. 0.7)
     */
    public static TeamAssessment of(String teamId, YearMonth month, ZoneId zone, List<GridBlock> blocks, boolean scheduled, TeamTotals totals,
                                    Instant asOf, double threshold) {
        LocalDate today = asOf.atZone(zone).toLocalDate();
        int days = YearMonth.from(today).equals(month) ? today.getDayOfMonth()
                : today.isBefore(month.atDay(1)) ? 0 : month.lengthOfMonth();
        int planned = scheduled ? days * blocks.size() : 0;
        int expectedVisits = blocks.stream().mapToInt(b -> b.checkpoints().size()).sum() * (scheduled ? days : 0);
        int made = 0;
        int flagged = 0;
        Map<String, Map<TimeBand, Double>> coverageByBand = new LinkedHashMap<>();
        for (GridBlock block : blocks) {
            TeamTotals.BlockTotals counted = totals.blocks().get(block.id());
            if (counted == null) {
                continue;
            }
            flagged += counted.flaggedCheckIns();
            Map<TimeBand, Double> shares = new EnumMap<>(TimeBand.class);
            for (TimeBand band : TimeBand.values()) {
                TeamTotals.BandTotals inBand = counted.bands().get(band.name());
                if (inBand != null) {
                    made += inBand.visits();
                    int called = inBand.shifts() * block.checkpoints().size();
                    shares.put(band, called == 0 ? 0.0 : (double) inBand.visits() / called);
                }
            }
            coverageByBand.put(block.id(), shares);
        }
        double coverage = expectedVisits == 0 ? 1.0 : Math.min(1.0, (double) made / expectedVisits);
        int done = totals.shiftsDone();
        return new TeamAssessment(teamId, month, planned, done, planned == 0 ? 1.0 : Math.min(1.0, (double) done / planned),
                expectedVisits, made, coverage,
                coverageByBand, flagged, totals.missedShifts(), totals.incidentsReported(), totals.tasksAssigned(),
                totals.tasksReported(), coverage < threshold);
    }
}
