package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.mediation;
import static org.fengqiao.dispute.kpi.model.Events.reopened;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.resolved;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.dispute.kpi.model.Station.JANUARY_ON_DAY_60;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.time.Duration;
import java.util.List;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.DisputeLayer;
import org.junit.jupiter.api.Test;

/** The rates and times of one grid cell's month (see {@link Station}), looked at on day 60. */
class DisputeKpisTest {

    private final KpiReport report = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60);

    @Test
    void the_cohort_is_the_disputes_reported_in_the_period() {
        assertThat(report.cohort())
                .containsExactly("d-awaiting", "d-escalated", "d-overdue", "d-petitioned", "d-reopened", "d-withdrawn");
    }

    @Test
    void the_resolution_rate_is_the_share_resolved_among_concluded_disputes() {
        assertThat(report.resolutionRate()).isEqualTo(new Figure("resolutionRate", 0.5, 2, 4,
                List.of("d-escalated", "d-petitioned", "d-reopened", "d-withdrawn")));
    }

    @Test
    void a_petitioned_dispute_is_concluded_and_pushed_upward_but_not_resolved() {
        assertThat(report.resolutionRate().disputeIds()).contains("d-petitioned");
        assertThat(report.timeToResolution().disputeIds()).doesNotContain("d-petitioned");
        assertThat(report.notPushedUpwardRate()).isEqualTo(new Figure("notPushedUpwardRate", 0.75, 3, 4,
                List.of("d-escalated", "d-petitioned", "d-reopened", "d-withdrawn")));
    }

    @Test
    void a_withdrawn_dispute_is_concluded_but_not_pushed_upward() {
        KpiReport withdrawnOnly = DisputeKpis.compute(Station.WITHDRAWN, JANUARY_ON_DAY_60);

        assertThat(withdrawnOnly.resolutionRate()).isEqualTo(new Figure("resolutionRate", 0.0, 0, 1, List.of("d-withdrawn")));
        assertThat(withdrawnOnly.notPushedUpwardRate()).isEqualTo(new Figure("notPushedUpwardRate", 1.0, 1, 1, List.of("d-withdrawn")));
    }

    @Test
    void the_mediation_success_rate_counts_only_concluded_disputes_that_had_a_mediation_session() {
        // d-withdrawn was never mediated; d-overdue and d-awaiting are not concluded
        assertThat(report.mediationSuccessRate().numerator()).isEqualTo(2);
        assertThat(report.mediationSuccessRate().denominator()).isEqualTo(3);
        assertThat(report.mediationSuccessRate().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.mediationSuccessRate().disputeIds()).containsExactly("d-escalated", "d-petitioned", "d-reopened");
    }

    @Test
    void a_dispute_escalated_twice_then_resolved_is_resolved_but_not_within_the_grid() {
        assertThat(report.resolvedWithinGridRate()).isEqualTo(new Figure("resolvedWithinGridRate", 0.5, 1, 2,
                List.of("d-escalated", "d-reopened")));
    }

    @Test
    void resolved_disputes_are_counted_at_the_layer_they_were_resolved_at() {
        assertThat(report.resolvedByLayer().get(DisputeLayer.JOINT_MEDIATION))
                .isEqualTo(new CaseCount("resolvedByLayer.JOINT_MEDIATION", 1, List.of("d-escalated")));
        assertThat(report.resolvedByLayer().values().stream().mapToLong(CaseCount::count).sum())
                .as("every resolved dispute at one layer").isEqualTo(report.resolutionRate().numerator());
        assertThat(report.resolvedByLayer().entrySet().stream().filter(e -> e.getKey().compareTo(DisputeLayer.SOURCE_RESOLUTION) <= 0)
                .mapToLong(e -> e.getValue().count()).sum()).isEqualTo(report.resolvedWithinGridRate().numerator());
    }

    @Test
    void a_dispute_resolved_at_the_source_resolution_layer_is_resolved_within_the_grid() {
        KpiReport atSource = DisputeKpis.compute(Station.REOPENED, JANUARY_ON_DAY_60);

        assertThat(atSource.resolvedWithinGridRate()).isEqualTo(new Figure("resolvedWithinGridRate", 1.0, 1, 1, List.of("d-reopened")));
    }

    @Test
    void time_to_first_intervention_runs_from_the_report_to_the_first_triage() {
        // 2h, 24h, 4h, 1h, 3h, 5h
        assertThat(report.timeToFirstIntervention()).isEqualTo(new DurationFigure("timeToFirstIntervention", 6,
                Duration.ofMinutes(210), Duration.ofMinutes(390), Duration.ofHours(39),
                List.of("d-awaiting", "d-escalated", "d-overdue", "d-petitioned", "d-reopened", "d-withdrawn")));
    }

    @Test
    void a_dispute_not_yet_triaged_has_no_time_to_first_intervention() {
        KpiReport untriaged = DisputeKpis.compute(List.of(reported("d-new", CELL, day(1))), JANUARY_ON_DAY_60);

        assertThat(untriaged.timeToFirstIntervention()).isEqualTo(
                new DurationFigure("timeToFirstIntervention", 0, null, null, Duration.ZERO, List.of()));
    }

    @Test
    void time_to_resolution_runs_from_the_report_to_the_last_resolution_of_disputes_resolved_at_as_of() {
        // d-escalated: day 0 to day 20; d-reopened: day 3 to its second resolution on day 40
        assertThat(report.timeToResolution()).isEqualTo(new DurationFigure("timeToResolution", 2,
                Duration.ofHours(684), Duration.ofHours(684), Duration.ofDays(57), List.of("d-escalated", "d-reopened")));
    }

    @Test
    void a_dispute_resolved_then_reopened_within_90_days_is_a_recurrence() {
        assertThat(report.recurrenceWithin90Days()).isEqualTo(new Figure("recurrenceWithin90Days", 0.5, 1, 2,
                List.of("d-escalated", "d-reopened")));
    }

    @Test
    void a_resolved_dispute_reopened_and_still_open_is_a_recurrence_but_not_concluded() {
        KpiReport onDay31 = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60.withAsOf(day(31)));

        assertThat(onDay31.recurrenceWithin90Days().disputeIds()).contains("d-reopened");
        assertThat(onDay31.recurrenceWithin90Days().numerator()).isEqualTo(1);
        assertThat(onDay31.resolutionRate().disputeIds()).doesNotContain("d-reopened");
        assertThat(onDay31.openByLayer().get(SOURCE_RESOLUTION).disputeIds()).containsExactly("d-reopened");
    }

    @Test
    void a_reopening_more_than_90_days_after_the_resolution_is_not_a_recurrence() {
        List<DisputeEvent> late = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", SOURCE_RESOLUTION, day(1)),
                resolved("d-1", CELL, SOURCE_RESOLUTION, day(2)),
                reopened("d-1", SOURCE_RESOLUTION, day(93)));
        List<DisputeEvent> justInTime = List.of(
                reported("d-2", CELL, day(0)),
                triaged("d-2", SOURCE_RESOLUTION, day(1)),
                resolved("d-2", CELL, SOURCE_RESOLUTION, day(2)),
                reopened("d-2", SOURCE_RESOLUTION, day(92)));

        KpiReport onDay100 = DisputeKpis.compute(Events.topic(late, justInTime), KpiQuery.station(day(0), day(30), day(100)));

        assertThat(onDay100.recurrenceWithin90Days()).isEqualTo(new Figure("recurrenceWithin90Days", 0.5, 1, 2, List.of("d-1", "d-2")));
    }

    @Test
    void a_concluded_dispute_that_was_mediated_but_not_resolved_counts_against_mediation_success() {
        KpiReport petitioned = DisputeKpis.compute(Station.PETITIONED, JANUARY_ON_DAY_60);

        assertThat(petitioned.mediationSuccessRate()).isEqualTo(new Figure("mediationSuccessRate", 0.0, 0, 1, List.of("d-petitioned")));
    }

    @Test
    void a_mediation_session_on_a_dispute_still_open_does_not_count_yet() {
        List<DisputeEvent> open = List.of(
                reported("d-1", CELL, day(0)),
                triaged("d-1", PROFESSIONAL_MEDIATION, day(1)),
                mediation("d-1", PROFESSIONAL_MEDIATION, MediationOutcome.PARTIAL, day(2)));

        assertThat(DisputeKpis.compute(open, JANUARY_ON_DAY_60).mediationSuccessRate().denominator()).isZero();
    }

    @Test
    void rates_without_a_denominator_have_no_value() {
        KpiReport empty = DisputeKpis.compute(List.of(), JANUARY_ON_DAY_60);

        assertThat(List.of(empty.resolutionRate(), empty.mediationSuccessRate(), empty.notPushedUpwardRate(),
                empty.resolvedWithinGridRate(), empty.recurrenceWithin90Days()))
                .allSatisfy(figure -> {
                    assertThat(figure.value()).isNull();
                    assertThat(figure.denominator()).isZero();
                    assertThat(figure.disputeIds()).isEmpty();
                });
        assertThat(empty.cohort()).isEmpty();
        assertThat(empty.timeToResolution().median()).isNull();
    }
}
