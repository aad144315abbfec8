package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.awaitingParty;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.reopened;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.resolved;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.dispute.kpi.model.Station.JANUARY_ON_DAY_60;
import static org.fengqiao.events.dispute.DisputeLayer.INFORMATION;
import static org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.PREVENTION;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.time.Duration;
import java.util.List;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.junit.jupiter.api.Test;

class DwellPerLayerTest {

    private static DurationFigure dwell(List<DisputeEvent> events, KpiQuery query, DisputeLayer layer) {
        return DisputeKpis.compute(events, query).dwellPerLayer().get(layer);
    }

    @Test
    void a_dispute_escalated_twice_then_resolved_dwells_at_every_layer_it_passed_until_it_left_it() {
        KpiReport report = DisputeKpis.compute(Station.ESCALATED_TWICE, JANUARY_ON_DAY_60);

        assertThat(report.dwellPerLayer().get(INFORMATION).total()).isEqualTo(Duration.ofHours(2));
        assertThat(report.dwellPerLayer().get(SOURCE_RESOLUTION).total()).isEqualTo(Duration.ofDays(7).minusHours(2));
        assertThat(report.dwellPerLayer().get(PROFESSIONAL_MEDIATION).total()).isEqualTo(Duration.ofDays(5));
        assertThat(report.dwellPerLayer().get(JOINT_MEDIATION).total()).isEqualTo(Duration.ofDays(8));
        assertThat(report.dwellPerLayer().get(PREVENTION).disputeIds()).isEmpty();
        assertThat(report.dwellPerLayer().values().stream().map(DurationFigure::total).reduce(Duration.ZERO, Duration::plus))
                .as("from report to resolution, nothing counted twice")
                .isEqualTo(Duration.ofDays(20));
    }

    @Test
    void a_dispute_still_open_dwells_at_its_layer_until_as_of_including_while_it_awaits_a_party() {
        KpiReport report = DisputeKpis.compute(Station.AWAITING, JANUARY_ON_DAY_60);

        // triaged on day 5 at 05:00, awaiting a party since day 10, looked at on day 60
        assertThat(report.dwellPerLayer().get(PROFESSIONAL_MEDIATION))
                .isEqualTo(new DurationFigure("dwellPerLayer.PROFESSIONAL_MEDIATION", 1, Duration.ofDays(55).minusHours(5),
                        Duration.ofDays(55).minusHours(5), Duration.ofDays(55).minusHours(5), List.of("d-awaiting")));
    }

    @Test
    void a_dispute_not_yet_triaged_dwells_at_the_information_layer() {
        List<DisputeEvent> events = List.of(reported("d-1", CELL, day(1)));

        assertThat(dwell(events, JANUARY_ON_DAY_60, INFORMATION).total()).isEqualTo(Duration.ofDays(59));
    }

    @Test
    void time_between_a_resolution_and_a_reopening_counts_for_no_layer_and_a_second_visit_adds_to_the_first() {
        KpiReport report = DisputeKpis.compute(Station.REOPENED, JANUARY_ON_DAY_60);

        // SOURCE from day 3 01:00 to day 5, then again from day 30 to day 40
        assertThat(report.dwellPerLayer().get(SOURCE_RESOLUTION).total()).isEqualTo(Duration.ofDays(12).minusHours(1));
        assertThat(report.dwellPerLayer().get(SOURCE_RESOLUTION).disputeIds()).containsExactly("d-reopened");
    }

    @Test
    void the_median_over_an_even_number_of_disputes_is_the_mean_of_the_middle_two() {
        List<DisputeEvent> events = Events.topic(
                List.of(reported("d-1", CELL, day(0)), triaged("d-1", SOURCE_RESOLUTION, day(0)),
                        resolved("d-1", CELL, SOURCE_RESOLUTION, day(1))),
                List.of(reported("d-2", CELL, day(0)), triaged("d-2", SOURCE_RESOLUTION, day(0)),
                        resolved("d-2", CELL, SOURCE_RESOLUTION, day(2))),
                List.of(reported("d-3", CELL, day(0)), triaged("d-3", SOURCE_RESOLUTION, day(0)),
                        resolved("d-3", CELL, SOURCE_RESOLUTION, day(4))),
                List.of(reported("d-4", CELL, day(0)), triaged("d-4", SOURCE_RESOLUTION, day(0)),
                        resolved("d-4", CELL, SOURCE_RESOLUTION, day(13))));

        assertThat(dwell(events, JANUARY_ON_DAY_60, SOURCE_RESOLUTION)).isEqualTo(new DurationFigure(
                "dwellPerLayer.SOURCE_RESOLUTION", 4, Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(20),
                List.of("d-1", "d-2", "d-3", "d-4")));
    }

    @Test
    void a_layer_left_the_moment_it_was_entered_counts_its_dispute_with_zero_time() {
        List<DisputeEvent> events = List.of(reported("d-1", CELL, day(0)), triaged("d-1", SOURCE_RESOLUTION, day(0)),
                awaitingParty("d-1", day(1)), resolved("d-1", CELL, SOURCE_RESOLUTION, day(2)),
                reopened("d-1", PROFESSIONAL_MEDIATION, day(3)), resolved("d-1", CELL, PROFESSIONAL_MEDIATION, day(3)));

        KpiReport report = DisputeKpis.compute(events, JANUARY_ON_DAY_60);

        assertThat(report.dwellPerLayer().get(INFORMATION).total()).isZero();
        assertThat(report.dwellPerLayer().get(INFORMATION).disputeIds()).containsExactly("d-1");
        assertThat(report.dwellPerLayer().get(PROFESSIONAL_MEDIATION).median()).isZero();
        assertThat(report.dwellPerLayer().get(SOURCE_RESOLUTION).total()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void every_layer_is_in_the_report_in_layer_order() {
        KpiReport report = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60);

        assertThat(report.dwellPerLayer().keySet()).containsExactly(DisputeLayer.values());
        assertThat(report.openByLayer().keySet()).containsExactly(DisputeLayer.values());
        assertThat(report.overdueByLayer().keySet()).containsExactly(DisputeLayer.values());
    }
}
