package org.fengqiao.dispute.kpi.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.dispute.kpi.model.Figure;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.fengqiao.events.dispute.DisputeLayer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The station's KPIs over the disputes reported on the last 365 days of the station's zone (today's included) as
 * Micrometer gauges ({@code dispute_kpi_*}, {@code dispute_open}, {@code dispute_overdue} per
 * layer), read from the running tallies every minute: a document per day and partition, however
 * many disputes the year holds.
 */
@Component
public class KpiMetrics {

    private final StationKpis kpis;
    private final KpiTallies tallies;
    private final Clock clock;
    private final AtomicReference<KpiReport> latest = new AtomicReference<>();

    public KpiMetrics(StationKpis kpis, KpiTallies tallies, Clock clock, MeterRegistry meters) {
        this.kpis = kpis;
        this.tallies = tallies;
        this.clock = clock;
        rate(meters, "dispute.kpi.resolution.rate", KpiReport::resolutionRate);
        rate(meters, "dispute.kpi.mediation.success.rate", KpiReport::mediationSuccessRate);
        rate(meters, "dispute.kpi.not.pushed.upward.rate", KpiReport::notPushedUpwardRate);
        rate(meters, "dispute.kpi.resolved.within.grid.rate", KpiReport::resolvedWithinGridRate);
        for (DisputeLayer layer : DisputeLayer.values()) {
            Gauge.builder("dispute.open", latest, r -> r.get() == null ? 0 : r.get().openByLayer().get(layer).count())
                    .tag("layer", layer.name()).description("open disputes reported in the last 365 days").register(meters);
            Gauge.builder("dispute.overdue", latest, r -> r.get() == null ? 0 : r.get().overdueByLayer().get(layer).count())
                    .tag("layer", layer.name()).description("open disputes past their deadline").register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${dispute.kpi.refresh-interval:PT1M}")
    public void refresh() {
        Instant now = clock.instant();
        LocalDate tomorrow = LocalDate.ofInstant(now, tallies.zone()).plusDays(1);
        latest.set(kpis.figures(KpiQuery.station(tomorrow.minusDays(365).atStartOfDay(tallies.zone()).toInstant(),
                tomorrow.atStartOfDay(tallies.zone()).toInstant(), now)));
    }

    private void rate(MeterRegistry meters, String name, Function<KpiReport, Figure> figure) {
        Gauge.builder(name, latest, r -> {
            Double value = r.get() == null ? null : figure.apply(r.get()).value();
            return value == null ? Double.NaN : value;
        }).description("over disputes reported in the last 365 days").register(meters);
    }

}
