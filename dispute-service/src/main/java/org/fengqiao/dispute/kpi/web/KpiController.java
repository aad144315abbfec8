package org.fengqiao.dispute.kpi.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.dispute.kpi.application.StationKpis;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The station's KPIs for disputes reported in a period, station-wide or for one grid cell. Every
 * figure lists the cases behind it. Definitions: see the README.
 */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs", description = "Resolution rate, mediation success rate, not pushed upward, ...")
class KpiController {

    private final StationKpis kpis;
    private final Clock clock;

    KpiController(StationKpis kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "KPIs of the disputes reported in [from, to)")
    KpiReport report(@Parameter(example = "2026-01-01T00:00:00Z") @RequestParam Instant from,
                     @Parameter(example = "2027-01-01T00:00:00Z") @RequestParam Instant to,
                     @Parameter(example = "GC-103") @RequestParam(required = false) String gridCellId,
                     @Parameter(description = "the state of affairs at this moment (default: now)") @RequestParam(required = false) Instant asOf) {
        return kpis.report(query(from, to, gridCellId, asOf));
    }

    @GetMapping("/by-grid-cell")
    @Operation(summary = "The same KPIs for each grid cell")
    Map<String, KpiReport> byGridCell(@RequestParam Instant from, @RequestParam Instant to,
                                      @RequestParam(required = false) Instant asOf) {
        return kpis.byGridCell(query(from, to, null, asOf));
    }

    private KpiQuery query(Instant from, Instant to, String gridCellId, Instant asOf) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (gridCellId != null && gridCellId.isBlank()) {
            throw new InvalidFieldException("gridCellId", "must not be blank; leave it out for the whole station");
        }
        return new KpiQuery(from, to, gridCellId, asOf == null ? clock.instant() : asOf);
    }
}
