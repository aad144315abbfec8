package org.fengqiao.dispute.kpi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fengqiao.events.dispute.DisputeLayer;

/**
 * The figures read from the running tallies against those folded from the events: every count and
 * rate the same, means and totals to the millisecond, medians within 1% (within 30 s more for the
 * clocks still running).
 */
public final class SameFigures {

    public static void assertSameFigures(KpiReport tallied, KpiReport folded) {
        assertThat(tallied.cohortSize()).as("cohort").isEqualTo(folded.cohortSize());
        for (Function<KpiReport, Figure> figure : List.<Function<KpiReport, Figure>>of(KpiReport::resolutionRate,
                KpiReport::mediationSuccessRate, KpiReport::notPushedUpwardRate, KpiReport::resolvedWithinGridRate,
                KpiReport::recurrenceWithin90Days)) {
            Figure t = figure.apply(tallied);
            Figure f = figure.apply(folded);
            assertThat(new Object[] {t.name(), t.value(), t.numerator(), t.denominator()})
                    .isEqualTo(new Object[] {f.name(), f.value(), f.numerator(), f.denominator()});
        }
        for (DisputeLayer layer : DisputeLayer.values()) {
            assertThat(tallied.openByLayer().get(layer).count()).as("open " + layer).isEqualTo(folded.openByLayer().get(layer).count());
            assertThat(tallied.overdueByLayer().get(layer).count()).as("overdue " + layer)
                    .isEqualTo(folded.overdueByLayer().get(layer).count());
            assertThat(tallied.resolvedByLayer().get(layer).count()).as("resolved " + layer)
                    .isEqualTo(folded.resolvedByLayer().get(layer).count());
            assertSameDurations(tallied.dwellPerLayer().get(layer), folded.dwellPerLayer().get(layer), Duration.ofSeconds(30));
        }
        assertSameDurations(tallied.timeToFirstIntervention(), folded.timeToFirstIntervention(), Duration.ZERO);
        assertSameDurations(tallied.timeToResolution(), folded.timeToResolution(), Duration.ZERO);
    }

    private static void assertSameDurations(DurationFigure tallied, DurationFigure folded, Duration running) {
        assertThat(tallied.count()).as(folded.name()).isEqualTo(folded.count());
        if (folded.count() == 0) {
            assertThat(Map.of("median", String.valueOf(tallied.median()), "mean", String.valueOf(tallied.mean())))
                    .isEqualTo(Map.of("median", "null", "mean", "null"));
            return;
        }
        Duration millisecondPerCase = Duration.ofMillis(folded.count());
        assertThat(tallied.total().minus(folded.total()).abs()).as(folded.name() + " total").isLessThanOrEqualTo(millisecondPerCase);
        assertThat(tallied.mean().minus(folded.mean()).abs()).as(folded.name() + " mean").isLessThanOrEqualTo(Duration.ofMillis(1));
        Duration allowed = Duration.ofMillis(Math.max(1, folded.median().toMillis() / 100)).plus(running);
        assertThat(tallied.median().minus(folded.median()).abs()).as(folded.name() + " median").isLessThanOrEqualTo(allowed);
    }

    private SameFigures() {
    }
}
