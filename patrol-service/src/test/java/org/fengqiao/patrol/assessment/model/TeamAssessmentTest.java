package org.fengqiao.patrol.assessment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.patrol.CheckInFlag;
import org.fengqiao.patrol.directory.model.Checkpoint;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.shift.model.Shift;
import org.junit.jupiter.api.Test;

class TeamAssessmentTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth JUNE = YearMonth.of(2026, 6);
    private static final GridBlock BLOCK = new GridBlock("GB-221", "GC-202", "Willow market street, block 1",
            List.of(new Checkpoint("CP1", "1", 30.55, 114.4), new Checkpoint("CP2", "2", 30.551, 114.4), new Checkpoint("CP3", "3", 30.552, 114.4)),
            List.of());

    /** An evening shift on a day of June (station time) visiting the given checkpoints. */
    private static TeamMonth.PatrolledShift shift(int day, String... checkpoints) {
        Instant start = JUNE.atDay(day).atTime(19, 5).atZone(ZONE).toInstant();
        List<Shift.CheckIn> checkIns = new ArrayList<>();
        for (String checkpoint : checkpoints) {
            checkIns.add(new Shift.CheckIn("PT-31-M01", checkpoint, start.plusSeconds(600), start.plusSeconds(600), 30.55, 114.4, 3, 0,
                    checkpoint.equals("CP3") ? List.of(CheckInFlag.FAR_FROM_CHECKPOINT) : List.of()));
        }
        return TeamMonth.PatrolledShift.of(new Shift.Snapshot("s-" + day, "PT-31", "GB-221", "PT-31-M01", start, Shift.Status.ENDED,
                checkIns, start.plusSeconds(7200), List.of(), 1L));
    }

    private java.util.Optional<GridBlock> block(String id) {
        return BLOCK.id().equals(id) ? java.util.Optional.of(BLOCK) : java.util.Optional.empty();
    }

    @Test
    void a_team_that_patrolled_every_evening_of_a_finished_month_covers_what_it_visited() {
        List<TeamMonth.PatrolledShift> shifts = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            shifts.add(day <= 24 ? shift(day, "CP1", "CP2", "CP3", "CP1") : shift(day, "CP1"));
        }
        TeamMonth month = TeamMonth.empty("PT-31", JUNE).with(new TeamMonth.IncidentShare("i-1", 0, false, 3, 2, null, null, false, null, null));
        for (TeamMonth.PatrolledShift shift : shifts) {
            month = month.with(shift);
        }
        TeamAssessment june = TeamAssessment.of("PT-31", JUNE, ZONE, List.of(BLOCK), true, month.totals(ZONE, this::block),
                Instant.parse("2026-07-01T00:30:00Z"), 0.7);

        assertThat(june.plannedShifts()).isEqualTo(30);
        assertThat(june.shiftsDone()).isEqualTo(30);
        assertThat(june.coverage()).as("(24 x 3 + 6 x 1) of 90 visits").isEqualTo(78.0 / 90);
        assertThat(june.belowThreshold()).isFalse();
        assertThat(june.coverageByBlockAndBand().get("GB-221")).containsOnlyKeys(TeamAssessment.TimeBand.EVENING);
        assertThat(june.flaggedCheckIns()).isEqualTo(24);
        assertThat(june.tasksAssigned()).isEqualTo(3);
        assertThat(june.tasksReported()).isEqualTo(2);
    }

    @Test
    void a_month_still_running_is_counted_up_to_today_and_few_visits_fall_under_the_bar() {
        TeamMonth month = TeamMonth.empty("PT-31", JUNE).with(shift(3, "CP1", "CP2")).with(shift(9, "CP2"));
        for (int day = 4; day <= 7; day++) {
            month = month.withMissed("missed-" + day);
        }
        TeamAssessment soFar = TeamAssessment.of("PT-31", JUNE, ZONE, List.of(BLOCK), true, month.totals(ZONE, this::block),
                Instant.parse("2026-06-10T12:00:00Z"), 0.7);

        assertThat(soFar.plannedShifts()).isEqualTo(10);
        assertThat(soFar.shiftRate()).isEqualTo(0.2);
        assertThat(soFar.coverage()).isEqualTo(3.0 / 30);
        assertThat(soFar.belowThreshold()).isTrue();
        assertThat(soFar.missedShifts()).isEqualTo(4);
    }

    @Test
    void a_team_without_a_schedule_plans_nothing_and_is_not_under_the_bar() {
        TeamAssessment unscheduled = TeamAssessment.of("PT-99", JUNE, ZONE, List.of(BLOCK), false, TeamTotals.none("PT-99"),
                Instant.parse("2026-06-10T12:00:00Z"), 0.7);

        assertThat(unscheduled.plannedShifts()).isZero();
        assertThat(unscheduled.belowThreshold()).isFalse();
    }
}
