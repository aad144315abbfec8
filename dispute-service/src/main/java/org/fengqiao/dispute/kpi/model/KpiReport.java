package org.fengqiao.dispute.kpi.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fengqiao.events.dispute.DisputeLayer;

/**
 * The station's KPIs for one cohort of disputes at one moment; see {@link DisputeKpis} for the
 * definitions. Every figure names the disputes behind it. The per-layer maps hold every
 * {@link DisputeLayer}, in layer order, including those no dispute reached.
 *
 * @param query                   the cohort and moment
 * @param cohort                  the disputes reported in the period (and grid cell), sorted; {@code null}
 *                                when read from the running tallies, which count them without listing them
 * @param cohortSize              how many disputes were reported in the period (and grid cell)
 * @param resolutionRate          矛盾化解率
 * @param mediationSuccessRate    纠纷调解率
 * @param notPushedUpwardRate     不上交
 * @param resolvedWithinGridRate  不出网
 * @param timeToFirstIntervention 早介入: report to first triage
 * @param timeToResolution        report to (last) resolution
 * @param dwellPerLayer           time spent at each layer
 * @param openByLayer             disputes still open at {@code asOf}, by current layer
 * @param overdueByLayer          open disputes past their current assignment's deadline, by current layer
 * @param resolvedByLayer         resolved disputes, by the layer they were resolved at
 * @param recurrenceWithin90Days  resolved disputes reopened within 90 days of a resolution
 */
public record KpiReport(KpiQuery query, List<String> cohort, long cohortSize, Figure resolutionRate, Figure mediationSuccessRate,
                        Figure notPushedUpwardRate, Figure resolvedWithinGridRate, DurationFigure timeToFirstIntervention,
                        DurationFigure timeToResolution, Map<DisputeLayer, DurationFigure> dwellPerLayer,
                        Map<DisputeLayer, CaseCount> openByLayer, Map<DisputeLayer, CaseCount> overdueByLayer,
                        Map<DisputeLayer, CaseCount> resolvedByLayer, Figure recurrenceWithin90Days) {

    public KpiReport {
        Objects.requireNonNull(query, "query");
        cohort = cohort == null ? null : List.copyOf(cohort);
        if (cohortSize < 0 || cohort != null && cohort.size() != cohortSize) {
            throw new IllegalArgumentException("a cohort of " + cohortSize + " listing " + (cohort == null ? 0 : cohort.size()));
        }
        Objects.requireNonNull(resolutionRate, "resolutionRate");
        Objects.requireNonNull(mediationSuccessRate, "mediationSuccessRate");
        Objects.requireNonNull(notPushedUpwardRate, "notPushedUpwardRate");
        Objects.requireNonNull(resolvedWithinGridRate, "resolvedWithinGridRate");
        Objects.requireNonNull(timeToFirstIntervention, "timeToFirstIntervention");
        Objects.requireNonNull(timeToResolution, "timeToResolution");
        Objects.requireNonNull(recurrenceWithin90Days, "recurrenceWithin90Days");
        dwellPerLayer = everyLayer(dwellPerLayer, "dwellPerLayer");
        openByLayer = everyLayer(openByLayer, "openByLayer");
        overdueByLayer = everyLayer(overdueByLayer, "overdueByLayer");
        resolvedByLayer = everyLayer(resolvedByLayer, "resolvedByLayer");
    }

    private static <V> Map<DisputeLayer, V> everyLayer(Map<DisputeLayer, V> byLayer, String name) {
        Map<DisputeLayer, V> copy = new EnumMap<>(DisputeLayer.class);
        copy.putAll(Objects.requireNonNull(byLayer, name));
        if (copy.size() != DisputeLayer.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException(name + " must hold every layer");
        }
        return Collections.unmodifiableMap(copy);
    }
}
