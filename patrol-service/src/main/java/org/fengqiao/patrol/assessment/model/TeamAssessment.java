package org.fengqiao.patrol.assessment.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The team's activity in the month, as its running tallies count it ({@link TeamMonth}). */
    public record Activity(List<TeamMonth.PatrolledShift> shifts, int missedShifts, int incidentsReported, int tasksAssigned,
                           int tasksReported) {
    }

    /**
     * @param blocks    the blocks contracted to the team
     * @param scheduled whether the team has a planned daily schedule
     * @param asOf      the moment of the assessment: a month still running is counted up to its day
     * @param threshold the coverage under which the team is below the station's bar (e.g. 0.7)
     */
    public static TeamAssessment of(String teamId, YearMonth month, ZoneId zone, List<GridBlock> blocks, boolean scheduled, Activity activity,
                                    Instant asOf, double threshold) {
        LocalDate today = asOf.atZone(zone).toLocalDate();
        int days = YearMonth.from(today).equals(month) ? today.getDayOfMonth()
                : today.isBefore(month.atDay(1)) ? 0 : month.lengthOfMonth();
        int planned = scheduled ? days * blocks.size() : 0;
        int expectedVisits = blocks.stream().mapToInt(b -> b.checkpoints().size()).sum() * (scheduled ? days : 0);
        int made = 0;
        int flagged = 0;
        Map<String, Map<TimeBand, int[]>> byBand = new LinkedHashMap<>();
        for (TeamMonth.PatrolledShift shift : activity.shifts()) {
            GridBlock block = blocks.stream().filter(b -> b.id().equals(shift.gridBlockId())).findFirst().orElse(null);
            if (block == null) {
                continue;
            }
            Set<String> visited = new HashSet<>();
            for (String checkpointId : shift.visitedCheckpointIds()) {
                if (block.checkpoint(checkpointId).isPresent()) {
                    visited.add(checkpointId);
                }
            }
            flagged += shift.flaggedCheckIns();
            made += visited.size();
            TimeBand band = TimeBand.of(shift.startedAt().atZone(zone).toLocalTime());
            int[] counts = byBand.computeIfAbsent(block.id(), id -> new EnumMap<>(TimeBand.class)).computeIfAbsent(band, b -> new int[2]);
            counts[0] += visited.size();
            counts[1] += block.checkpoints().size();
        }
        Map<String, Map<TimeBand, Double>> coverageByBand = new LinkedHashMap<>();
        byBand.forEach((block, bands) -> {
            Map<TimeBand, Double> shares = new EnumMap<>(TimeBand.class);
            bands.forEach((band, counts) -> shares.put(band, counts[1] == 0 ? 0.0 : (double) counts[0] / counts[1]));
            coverageByBand.put(block, shares);
        });
        double coverage = expectedVisits == 0 ? 1.0 : Math.min(1.0, (double) made / expectedVisits);
        int done = activity.shifts().size();
        return new TeamAssessment(teamId, month, planned, done, planned == 0 ? 1.0 : Math.min(1.0, (double) done / planned),
                expectedVisits, made, coverage,
                coverageByBand, flagged, activity.missedShifts(), activity.incidentsReported(), activity.tasksAssigned(),
                activity.tasksReported(), coverage < threshold);
    }
}
