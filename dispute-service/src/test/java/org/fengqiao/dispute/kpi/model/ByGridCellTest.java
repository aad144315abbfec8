package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.OTHER_CELL;
import static org.fengqiao.dispute.kpi.model.Events.closed;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.dispute.kpi.model.Station.JANUARY_ON_DAY_60;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeEvent;
import org.junit.jupiter.api.Test;

class ByGridCellTest {

    private static final List<DisputeEvent> NEIGHBOURS_QUARREL = List.of(
            reported("d-neighbours", OTHER_CELL, day(8)),
            triaged("d-neighbours", SOURCE_RESOLUTION, day(8, 6)),
            closed("d-neighbours", OTHER_CELL, SOURCE_RESOLUTION, ClosureReason.REFERRED_TO_COURT, day(12)));

    private static List<DisputeEvent> twoCells() {
        List<DisputeEvent> events = new ArrayList<>(Station.topic());
        events.addAll(NEIGHBOURS_QUARREL);
        return events;
    }

    @Test
    void a_query_for_one_grid_cell_counts_only_the_disputes_reported_there() {
        KpiReport other = DisputeKpis.compute(twoCells(), JANUARY_ON_DAY_60.inGridCell(OTHER_CELL));

        assertThat(other.cohort()).containsExactly("d-neighbours");
        assertThat(other.notPushedUpwardRate()).isEqualTo(new Figure("notPushedUpwardRate", 0.0, 0, 1, List.of("d-neighbours")));
    }

    @Test
    void the_whole_station_counts_every_grid_cell() {
        KpiReport station = DisputeKpis.compute(twoCells(), JANUARY_ON_DAY_60);

        assertThat(station.cohort()).hasSize(7).contains("d-neighbours");
        assertThat(station.notPushedUpwardRate().numerator()).isEqualTo(3);
        assertThat(station.notPushedUpwardRate().denominator()).isEqualTo(5);
    }

    @Test
    void by_grid_cell_gives_one_report_per_cell_equal_to_querying_that_cell() {
        Map<String, KpiReport> byCell = DisputeKpis.byGridCell(twoCells(), JANUARY_ON_DAY_60);

        assertThat(byCell).containsOnlyKeys(CELL, OTHER_CELL);
        assertThat(byCell.keySet()).containsExactly(CELL, OTHER_CELL);
        assertThat(byCell.get(CELL)).isEqualTo(DisputeKpis.compute(twoCells(), JANUARY_ON_DAY_60.inGridCell(CELL)));
        assertThat(byCell.get(OTHER_CELL)).isEqualTo(DisputeKpis.compute(twoCells(), JANUARY_ON_DAY_60.inGridCell(OTHER_CELL)));
        assertThat(byCell.get(CELL).cohort()).hasSize(6);
    }

    @Test
    void a_grid_cell_with_no_dispute_reported_in_the_period_has_no_report_unless_asked_for() {
        Map<String, KpiReport> byCell = DisputeKpis.byGridCell(Station.topic(), JANUARY_ON_DAY_60);
        Map<String, KpiReport> asked = DisputeKpis.byGridCell(Station.topic(), JANUARY_ON_DAY_60.inGridCell(OTHER_CELL));

        assertThat(byCell).containsOnlyKeys(CELL);
        assertThat(asked).containsOnlyKeys(OTHER_CELL);
        assertThat(asked.get(OTHER_CELL).cohort()).isEmpty();
        assertThat(asked.get(OTHER_CELL).resolutionRate().value()).isNull();
    }
}
