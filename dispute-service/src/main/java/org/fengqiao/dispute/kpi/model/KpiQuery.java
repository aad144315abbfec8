package org.fengqiao.dispute.kpi.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Which disputes the KPIs are about, and when they are looked at.
 *
 * @param from       start of the reporting period, inclusive: the cohort is the disputes whose
 *                   {@code DisputeReported.reportedAt} is in {@code [from, to)}
 * @param to         end of the reporting period, exclusive
 * @param gridCellId only disputes reported in this grid cell ({@code DisputeReported.gridCellId});
 *                   {@code null} for the whole station
 * @param asOf       the moment the figures describe: events that happened after it are ignored,
 *                   and disputes still open are measured up to it
 */
public record KpiQuery(Instant from, Instant to, String gridCellId, Instant asOf) {

    public KpiQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (gridCellId != null && gridCellId.isBlank()) {
            throw new IllegalArgumentException("gridCellId is blank: pass null for the whole station");
        }
    }

    /** The whole station's disputes reported in {@code [from, to)}, looked at {@code asOf}. */
    public static KpiQuery station(Instant from, Instant to, Instant asOf) {
        return new KpiQuery(from, to, null, asOf);
    }

    /** The same period and moment, narrowed to one grid cell ({@code null} for the whole station). */
    public KpiQuery inGridCell(String gridCellId) {
        return new KpiQuery(from, to, gridCellId, asOf);
    }

    /** The same cohort, looked at another moment. */
    public KpiQuery withAsOf(Instant asOf) {
        return new KpiQuery(from, to, gridCellId, asOf);
    }
}
