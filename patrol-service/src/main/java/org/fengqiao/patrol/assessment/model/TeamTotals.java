package org.fengqiao.patrol.assessment.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's month summed (kept with the month it sums): what its assessment and the station's patrol KPIs read. Its size follows
 * the team's blocks (and its acknowledged URGENT incidents), not its shifts or check-ins.
 *
 * @param shiftsDone                     the shifts the team started in the month
 * @param blocks                         per block the shifts were on
 * @param urgentAcknowledgedAfterMillis  for each URGENT incident it reported that the police
 *                                       acknowledged, how long that took
 * @param incidentsByBlockAndCategory    the incidents it reported, per block and category
 */
public record TeamTotals(String teamId, int shiftsDone, Map<String, BlockTotals> blocks, int missedShifts,
                         int incidentsReported, int tasksAssigned, int tasksReported, int urgentIncidents,
                         List<Long> urgentAcknowledgedAfterMillis, Map<String, Map<String, Integer>> incidentsByBlockAndCategory) {

    public TeamTotals {
        Objects.requireNonNull(teamId, "teamId");
        blocks = blocks == null ? Map.of() : Map.copyOf(blocks);
        urgentAcknowledgedAfterMillis = urgentAcknowledgedAfterMillis == null ? List.of() : List.copyOf(urgentAcknowledgedAfterMillis);
        incidentsByBlockAndCategory = incidentsByBlockAndCategory == null ? Map.of() : Map.copyOf(incidentsByBlockAndCategory);
    }

    public static TeamTotals none(String teamId) {
        return new TeamTotals(teamId, 0, Map.of(), 0, 0, 0, 0, 0, List.of(), Map.of());
    }

    /**
     * One block's shifts: the check-ins flagged, and per time band of the shifts' start
     * ({@link TeamAssessment.TimeBand}, by name) the shifts and the distinct checkpoints of the
     * block they visited.
     */
    public record BlockTotals(int flaggedCheckIns, Map<String, BandTotals> bands) {

        public BlockTotals {
            bands = bands == null ? Map.of() : Map.copyOf(bands);
        }
    }

    public record BandTotals(int shifts, int visits) {
    }
}
