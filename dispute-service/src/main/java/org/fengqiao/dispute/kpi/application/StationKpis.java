package org.fengqiao.dispute.kpi.application;

import java.util.Map;

import org.fengqiao.dispute.kpi.model.DisputeKpis;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.springframework.stereotype.Service;

/** The station's published figures (resolution rate, mediation success rate, ...) for a period. */
@Service
public class StationKpis {

    private final DisputeEventLog log;

    public StationKpis(DisputeEventLog log) {
        this.log = log;
    }

    public KpiReport report(KpiQuery query) {
        return DisputeKpis.compute(log.reportedIn(query.from(), query.to()), query);
    }

    public Map<String, KpiReport> byGridCell(KpiQuery query) {
        return DisputeKpis.byGridCell(log.reportedIn(query.from(), query.to()), query);
    }
}
