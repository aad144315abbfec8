package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.OTHER_CELL;
import static org.fengqiao.dispute.kpi.model.Events.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.MediationOutcome;
import org.junit.jupiter.api.Test;

/**
 * The running tallies give the figures the fold of the events gives: every count and rate the
 * same, means and totals to the millisecond, medians within 1% (within 30 s for the clocks still
 * running), whatever the events and however they arrive.
 */
class KpiTallyTest {

    private static final Instant AS_OF = day(200);
    private static final KpiQuery WHOLE_PERIOD = KpiQuery.station(day(-30), day(180), AS_OF);

    @Test
    void the_station_s_month_from_the_tallies_equals_its_fold() {
        KpiTally january = tallyOf(Station.STORIES.stream()
                .filter(story -> !story.get(0).occurredAt().isBefore(day(0)) && story.get(0).occurredAt().isBefore(day(30)))
                .toList());

        KpiReport tallied = january.report(Station.JANUARY_ON_DAY_60);

        SameFigures.assertSameFigures(tallied, DisputeKpis.compute(Station.topic(), Station.JANUARY_ON_DAY_60));
        assertThat(tallied.cohortSize()).isEqualTo(6);
        assertThat(tallied.resolutionRate().value()).isEqualTo(0.5);
        assertThat(tallied.overdueByLayer().get(DisputeLayer.JOINT_MEDIATION).count()).as("d-overdue").isEqualTo(1);
        assertThat(tallied.cohort()).as("counted, not listed").isNull();
        assertThat(tallied.resolutionRate().disputeIds()).isNull();
    }

    @Test
    void a_dispute_s_share_grows_event_by_event_to_its_whole_share() {
        for (List<DisputeEvent> story : Station.STORIES) {
            KpiTally running = KpiTally.EMPTY;
            for (int i = 0; i < story.size(); i++) {
                KpiTally.Share change = KpiTally.changeOf(story.subList(0, i), story.get(i));
                running = change == null ? running : running.plus(change.tally());
            }
            assertThat(running).isEqualTo(share(story));
        }
    }

    @Test
    void an_event_read_twice_adds_nothing_the_second_time() {
        List<DisputeEvent> twice = new ArrayList<>(Station.REOPENED);
        twice.add(4, Station.REOPENED.get(4));

        assertThat(share(twice)).isEqualTo(share(Station.REOPENED));
        assertThat(KpiTally.changeOf(twice.subList(0, 5), twice.get(5)).tally()).as("the second reading").isEqualTo(KpiTally.EMPTY);
    }

    @Test
    void events_before_the_report_add_nothing() {
        assertThat(KpiTally.shareOf(Station.REOPENED.subList(1, 3))).isNull();
    }

    @Test
    void a_thousand_made_up_disputes_give_the_same_figures_both_ways() {
        Random random = new Random(20261130);
        List<List<DisputeEvent>> stories = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            stories.add(madeUpStory("d-" + i, random));
        }
        KpiTally tally = tallyOf(stories);
        List<DisputeEvent> topic = Events.shuffledTopic(stories, 7);

        SameFigures.assertSameFigures(tally.report(WHOLE_PERIOD), DisputeKpis.compute(topic, WHOLE_PERIOD));
        for (String cell : List.of(CELL, OTHER_CELL)) {
            KpiTally cellTally = tallyOf(stories.stream().filter(s -> s.get(0) instanceof DisputeReported r
                    && r.gridCellId().equals(cell)).toList());
            SameFigures.assertSameFigures(cellTally.report(WHOLE_PERIOD.inGridCell(cell)), DisputeKpis.compute(topic, WHOLE_PERIOD.inGridCell(cell)));
        }
    }

    @Test
    void a_median_from_the_bins_is_within_one_percent() {
        for (long ms : new long[] {0, 1, 7, 999, 61_000, 3_600_000, 86_400_000L * 45}) {
            double back = KpiTally.binValue(KpiTally.bin(ms));
            assertThat(Math.abs(back - ms)).as("%d ms", ms).isLessThanOrEqualTo(Math.max(0.5, ms * 0.01));
        }
    }

    /** Events of one dispute, in the order of a life it might have: any order the fold accepts is fair. */
    private static List<DisputeEvent> madeUpStory(String id, Random random) {
        List<DisputeEvent> story = new ArrayList<>();
        Instant at = day(random.nextInt(30), random.nextInt(24)).plusMillis(random.nextInt(3_600_000));
        story.add(Events.reported(id, random.nextBoolean() ? CELL : OTHER_CELL, at));
        DisputeLayer[] layers = DisputeLayer.values();
        int steps = random.nextInt(9);
        for (int i = 0; i < steps; i++) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 5)));
            DisputeLayer layer = layers[random.nextInt(layers.length)];
            story.add(switch (random.nextInt(9)) {
                case 0 -> Events.triaged(id, layer, at);
                case 1 -> Events.assigned(id, layer, at.plus(Duration.ofDays(random.nextInt(40))), at);
                case 2 -> Events.mediation(id, layer, MediationOutcome.FAILED, at);
                case 3 -> Events.escalated(id, layer, layers[random.nextInt(layers.length)], at);
                case 4 -> Events.resolved(id, CELL, layer, at);
                case 5 -> Events.closed(id, CELL, layer, ClosureReason.values()[random.nextInt(ClosureReason.values().length)], at);
                case 6 -> Events.reopened(id, layer, at);
                case 7 -> Events.awaitingParty(id, at);
                default -> Events.resumed(id, random.nextBoolean() ? null : at.plus(Duration.ofDays(random.nextInt(20))), at);
            });
        }
        return story;
    }

    private static KpiTally tallyOf(List<? extends List<DisputeEvent>> stories) {
        return stories.stream().map(KpiTallyTest::share).reduce(KpiTally.EMPTY, KpiTally::plus);
    }

    private static KpiTally share(List<DisputeEvent> events) {
        KpiTally.Share share = KpiTally.shareOf(events);
        return share == null ? KpiTally.EMPTY : share.tally();
    }
}
