package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.assigned;
import static org.fengqiao.dispute.kpi.model.Events.closed;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.mediation;
import static org.fengqiao.dispute.kpi.model.Events.reopened;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.resolved;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.dispute.kpi.model.Station.JANUARY_ON_DAY_60;
import static org.fengqiao.events.dispute.DisputeLayer.INFORMATION;
import static org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReopened;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.MediationOutcome;
import org.junit.jupiter.api.Test;

/** Which events count, in which order, and why live and replayed figures agree. */
class ReadingTheEventsTest {

    @Test
    void events_after_as_of_are_ignored() {
        KpiReport onDay15 = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60.withAsOf(day(15)));

        // d-escalated is at JOINT (since day 12), its day-20 resolution has not happened yet
        assertThat(onDay15.openByLayer().get(JOINT_MEDIATION).disputeIds()).containsExactly("d-escalated", "d-overdue");
        assertThat(onDay15.resolutionRate()).isEqualTo(new Figure("resolutionRate", 1.0 / 3, 1, 3,
                List.of("d-petitioned", "d-reopened", "d-withdrawn")));
        assertThat(onDay15.dwellPerLayer().get(JOINT_MEDIATION).disputeIds()).containsExactly("d-escalated", "d-overdue");
        assertThat(onDay15.overdueByLayer().get(JOINT_MEDIATION).count()).isZero();
    }

    @Test
    void an_event_exactly_at_as_of_counts() {
        KpiReport onDay20 = DisputeKpis.compute(Station.ESCALATED_TWICE, JANUARY_ON_DAY_60.withAsOf(day(20)));

        assertThat(onDay20.resolutionRate().numerator()).isEqualTo(1);
    }

    @Test
    void a_dispute_reported_before_the_period_is_ignored_even_when_it_concludes_inside_it() {
        KpiReport report = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60);

        assertThat(report.cohort()).doesNotContain("d-december", "d-february");
        assertThat(report.notPushedUpwardRate().numerator()).isEqualTo(3);
        assertThat(report.openByLayer().get(SOURCE_RESOLUTION).disputeIds()).doesNotContain("d-february");
    }

    @Test
    void the_period_includes_its_first_instant_and_excludes_its_last() {
        List<DisputeEvent> events = List.of(reported("d-at-start", CELL, day(0)), reported("d-at-end", CELL, day(30)),
                reported("d-just-before-end", CELL, day(30).minusNanos(1)));

        assertThat(DisputeKpis.compute(events, JANUARY_ON_DAY_60).cohort()).containsExactly("d-at-start", "d-just-before-end");
    }

    @Test
    void a_dispute_reported_after_as_of_is_not_in_the_cohort_yet() {
        KpiReport onDay4 = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60.withAsOf(day(4)));

        assertThat(onDay4.cohort()).containsExactly("d-escalated", "d-overdue", "d-petitioned", "d-reopened", "d-withdrawn");
    }

    @Test
    void the_events_of_one_dispute_interleaved_with_another_s_are_folded_per_dispute() {
        List<DisputeEvent> a = List.of(reported("d-a", CELL, day(0)), triaged("d-a", SOURCE_RESOLUTION, day(1)),
                resolved("d-a", CELL, SOURCE_RESOLUTION, day(3)));
        List<DisputeEvent> b = List.of(reported("d-b", CELL, day(0, 12)), triaged("d-b", PROFESSIONAL_MEDIATION, day(2)),
                closed("d-b", CELL, PROFESSIONAL_MEDIATION, ClosureReason.REFERRED_TO_COURT, day(4)));
        List<DisputeEvent> interleaved = List.of(a.get(0), b.get(0), a.get(1), b.get(1), a.get(2), b.get(2));
        List<DisputeEvent> oneAfterTheOther = new ArrayList<>(b);
        oneAfterTheOther.addAll(a);

        KpiReport report = DisputeKpis.compute(interleaved, JANUARY_ON_DAY_60);

        assertThat(report.resolutionRate()).isEqualTo(new Figure("resolutionRate", 0.5, 1, 2, List.of("d-a", "d-b")));
        assertThat(report.notPushedUpwardRate().numerator()).isEqualTo(1);
        assertThat(report.resolvedWithinGridRate().disputeIds()).containsExactly("d-a");
        assertThat(report.dwellPerLayer().get(INFORMATION).total()).isEqualTo(Duration.ofHours(24 + 36));
        assertThat(DisputeKpis.compute(oneAfterTheOther, JANUARY_ON_DAY_60)).isEqualTo(report);
    }

    @Test
    void any_interleaving_that_keeps_each_dispute_s_order_gives_the_same_report_as_on_a_replay() {
        KpiReport inTimeOrder = DisputeKpis.compute(Station.topic(), JANUARY_ON_DAY_60);

        for (long seed = 1; seed <= 20; seed++) {
            List<DisputeEvent> replay = Events.shuffledTopic(Station.STORIES, seed);
            assertThat(DisputeKpis.compute(replay, JANUARY_ON_DAY_60)).as("interleaving %d", seed).isEqualTo(inTimeOrder);
        }
    }

    @Test
    void replaying_the_whole_topic_as_of_a_past_moment_gives_the_figures_computed_live_at_that_moment() {
        List<DisputeEvent> topic = Station.topic();
        for (int dayNumber = 0; dayNumber <= 60; dayNumber += 3) {
            Instant moment = day(dayNumber);
            List<DisputeEvent> publishedByThen = topic.stream().filter(e -> !e.occurredAt().isAfter(moment)).toList();
            KpiQuery query = JANUARY_ON_DAY_60.withAsOf(moment);

            assertThat(DisputeKpis.compute(topic, query)).as("day %d", dayNumber)
                    .isEqualTo(DisputeKpis.compute(publishedByThen, query));
        }
    }

    @Test
    void the_same_event_object_appearing_twice_is_counted_once() {
        DisputeResolved resolution = resolved("d-1", CELL, SOURCE_RESOLUTION, day(5));
        DisputeReopened reopening = reopened("d-1", SOURCE_RESOLUTION, day(9));
        List<DisputeEvent> once = List.of(reported("d-1", CELL, day(0)), triaged("d-1", SOURCE_RESOLUTION, day(1)),
                mediation("d-1", SOURCE_RESOLUTION, MediationOutcome.AGREEMENT, day(5)), resolution, reopening,
                resolved("d-1", CELL, SOURCE_RESOLUTION, day(12)));
        List<DisputeEvent> twice = new ArrayList<>(once);
        twice.add(1, once.get(0));
        twice.add(resolution);
        twice.add(reopening);

        KpiReport report = DisputeKpis.compute(twice, JANUARY_ON_DAY_60);

        assertThat(report).isEqualTo(DisputeKpis.compute(once, JANUARY_ON_DAY_60));
        assertThat(report.resolutionRate().numerator()).as("still resolved, not reopened again").isEqualTo(1);
        assertThat(report.dwellPerLayer().get(SOURCE_RESOLUTION).total()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void an_equal_copy_of_an_event_redelivered_later_does_not_undo_what_came_after_it() {
        // at-least-once delivery: the day-5 resolution arrives again after the reopening
        List<DisputeEvent> story = List.of(reported("d-1", CELL, day(0)), triaged("d-1", SOURCE_RESOLUTION, day(1)),
                resolved("d-1", CELL, SOURCE_RESOLUTION, day(5)), reopened("d-1", SOURCE_RESOLUTION, day(9)));
        List<DisputeEvent> redelivered = new ArrayList<>(story);
        redelivered.add(resolved("d-1", CELL, SOURCE_RESOLUTION, day(5)));

        KpiReport report = DisputeKpis.compute(redelivered, JANUARY_ON_DAY_60);

        assertThat(report).isEqualTo(DisputeKpis.compute(story, JANUARY_ON_DAY_60));
        assertThat(report.openByLayer().get(SOURCE_RESOLUTION).disputeIds()).containsExactly("d-1");
        assertThat(report.recurrenceWithin90Days().numerator()).isEqualTo(1);
    }

    @Test
    void a_redelivered_event_of_the_whole_topic_changes_no_figure() {
        List<DisputeEvent> topic = Station.topic();
        List<DisputeEvent> everythingTwice = new ArrayList<>(topic);
        everythingTwice.addAll(topic);
        Collections.rotate(everythingTwice.subList(topic.size(), everythingTwice.size()), 7);

        assertThat(DisputeKpis.compute(everythingTwice, JANUARY_ON_DAY_60)).isEqualTo(DisputeKpis.compute(topic, JANUARY_ON_DAY_60));
    }

    @Test
    void read_one_dispute_at_a_time_as_the_log_keeps_them_the_figures_are_the_same() {
        List<DisputeEvent> topic = Station.topic();
        // each dispute's events together, in the order they were read, one of them read twice
        Map<String, List<DisputeEvent>> byDispute = new LinkedHashMap<>();
        topic.forEach(e -> byDispute.computeIfAbsent(e.disputeId(), id -> new ArrayList<>()).add(e));
        List<List<DisputeEvent>> disputes = new ArrayList<>(byDispute.values());
        disputes.get(0).add(disputes.get(0).get(0));
        assertThat(disputes).hasSizeGreaterThan(3);

        for (int asOf : new int[] {0, 3, 12, 15, 20, 30, 60, 200}) {
            KpiQuery query = JANUARY_ON_DAY_60.withAsOf(day(asOf));
            assertThat(DisputeKpis.computeByDispute(disputes, query)).as("on day %d", asOf)
                    .isEqualTo(DisputeKpis.compute(topic, query));
        }
        assertThat(DisputeKpis.byGridCellByDispute(disputes, JANUARY_ON_DAY_60))
                .isEqualTo(DisputeKpis.byGridCell(topic, JANUARY_ON_DAY_60));
    }

    @Test
    void the_events_the_kpis_do_not_read_change_no_figure_whenever_they_are_looked_at() {
        List<DisputeEvent> topic = Station.topic();
        List<DisputeEvent> read = topic.stream().filter(DisputeKpis::reads).toList();

        // risk, deadline notices and the joint mediation's invitations are left out
        assertThat(topic.stream().filter(e -> !DisputeKpis.reads(e)).map(e -> e.getClass().getSimpleName()).distinct())
                .containsExactlyInAnyOrder("DisputeRiskRaised", "DisputeRiskLowered", "DisputeDeadlineApproaching",
                        "DisputeDeadlinePassed", "JointMediationInvited", "JointMediationAcknowledged");
        for (int asOf : new int[] {0, 3, 12, 15, 20, 30, 60, 200}) {
            assertThat(DisputeKpis.compute(read, JANUARY_ON_DAY_60.withAsOf(day(asOf))))
                    .as("on day %d", asOf).isEqualTo(DisputeKpis.compute(topic, JANUARY_ON_DAY_60.withAsOf(day(asOf))));
        }
        assertThat(DisputeKpis.byGridCell(read, JANUARY_ON_DAY_60)).isEqualTo(DisputeKpis.byGridCell(topic, JANUARY_ON_DAY_60));
    }

    @Test
    void events_of_a_dispute_whose_report_is_not_in_the_list_are_ignored() {
        List<DisputeEvent> events = List.of(triaged("d-1", SOURCE_RESOLUTION, day(1)),
                assigned("d-1", SOURCE_RESOLUTION, day(7), day(1)), resolved("d-1", CELL, SOURCE_RESOLUTION, day(5)));

        KpiReport report = DisputeKpis.compute(events, JANUARY_ON_DAY_60);

        assertThat(report.cohort()).isEmpty();
        assertThat(report.resolutionRate().denominator()).isZero();
    }

    @Test
    void a_query_needs_a_period_that_does_not_end_before_it_starts() {
        assertThatThrownBy(() -> KpiQuery.station(day(30), day(0), day(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KpiQuery(day(0), day(30), " ", day(60))).isInstanceOf(IllegalArgumentException.class);
    }
}
