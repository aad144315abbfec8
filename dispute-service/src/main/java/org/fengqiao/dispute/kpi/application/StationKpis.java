package org.fengqiao.dispute.kpi.application;

import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.fengqiao.dispute.kpi.model.KpiTally;
import org.springframework.stereotype.Service;

/**
 * The station's published figures (resolution rate, mediation success rate, ...) for a period.
 * Two ways to the same figures:
 * <ul>
 *   <li>{@link #report}: folded from the event log, exact at any {@code asOf}, with the disputes
 *       behind every figure; it reads one document per dispute of the period.</li>
 *   <li>{@link #figures}: the figures as they stand now, without the lists of disputes: from the
 *       running tallies when the period is whole days of the station's zone (a document per day
 *       and partition, however many disputes), otherwise folded as {@link #report} does.</li>
 * </ul>
 */
@Service
public class StationKpis {

    private final DisputeEventLog log;
    private final KpiTallies tallies;

    public StationKpis(DisputeEventLog log, KpiTallies tallies) {
        this.log = log;
        this.tallies = tallies;
    }

    public KpiReport report(KpiQuery query) {
        return DisputeKpis.computeByDispute(log.reportedIn(query.from(), query.to()), query);
    }

    public Map<String, KpiReport> byGridCell(KpiQuery query) {
        return DisputeKpis.byGridCellByDispute(log.reportedIn(query.from(), query.to()), query);
    }

    /** The figures now ({@code query.asOf()} the present), counted rather than listed. */
    public KpiReport figures(KpiQuery query) {
        if (!wholeDays(query)) {
            return report(query);
        }
        Map<String, KpiTally> byCell = tallies.byGridCell(days(query));
        KpiTally tally = query.gridCellId() != null ? byCell.getOrDefault(query.gridCellId(), KpiTally.EMPTY)
                : byCell.values().stream().reduce(KpiTally.EMPTY, KpiTally::plus);
        return tally.report(query);
    }

    /** {@link #figures} for each grid cell, as {@link #byGridCell} lists them. */
    public Map<String, KpiReport> figuresByGridCell(KpiQuery query) {
        if (!wholeDays(query)) {
            return byGridCell(query);
        }
        Map<String, KpiReport> reports = new TreeMap<>();
        Map<String, KpiTally> byCell = tallies.byGridCell(days(query));
        if (query.gridCellId() != null) {
            reports.put(query.gridCellId(), byCell.getOrDefault(query.gridCellId(), KpiTally.EMPTY).report(query));
            return reports;
        }
        byCell.forEach((cell, tally) -> reports.put(cell, tally.report(query.inGridCell(cell))));
        return reports;
    }

    /** Whether the period starts and ends at midnight in the zone the tallies are kept in. */
    private boolean wholeDays(KpiQuery query) {
        return midnight(query.from()) && midnight(query.to());
    }

    private boolean midnight(Instant at) {
        return at.atZone(tallies.zone()).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    private List<LocalDate> days(KpiQuery query) {
        return LocalDate.ofInstant(query.from(), tallies.zone()).datesUntil(LocalDate.ofInstant(query.to(), tallies.zone())).toList();
    }
}
