package org.fengqiao.dispute.kpi.web;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.dispute.kpi.application.StationKpis;
import org.fengqiao.dispute.kpi.model.KpiQuery;
import org.fengqiao.dispute.kpi.model.KpiReport;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.validation.TimeLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The station's KPIs for disputes reported in a period, station-wide or for one grid cell.
 * Definitions: see the README. The figures come with their counts; the disputes behind each
 * figure (a year of a city's disputes is tens of thousands of ids per figure) only when asked for
 * with {@code cases=true}. The figures as they stand now, without the disputes, are read from the
 * running tallies when the period is whole days of the station's zone; with {@code asOf} or {@code cases=true} they
 * are folded from the event log.
 */
@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs", description = "Resolution rate, mediation success rate, not pushed upward, ...")
class KpiController {

    /** The fields that list the disputes behind a figure. */
    private static final String CASES = "disputeIds";
    private static final String COHORT = "cohort";
    private static final String AS_OF_PARAMETER = "the state of affairs at this moment, folded from the event log; left out: now, "
            + "read from the running tallies when from and to are midnights of the station's zone and cases=false (medians within 1%)";
    private static final String CASES_PARAMETER = "true: also list the disputes behind each figure (cohort, disputeIds); "
            + "false (default): the figures and their counts only; cohortSize either way";

    private final StationKpis kpis;
    private final Clock clock;
    private final JsonMapper json;

    KpiController(StationKpis kpis, Clock clock, JsonMapper json) {
        this.kpis = kpis;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "KPIs of the disputes reported in [from, to)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiReport.class)))
    JsonNode report(@Parameter(example = "2026-01-01T00:00:00Z") @RequestParam Instant from,
                    @Parameter(example = "2027-01-01T00:00:00Z") @RequestParam Instant to,
                    @Parameter(example = "GC-103") @RequestParam(required = false) String gridCellId,
                    @Parameter(description = AS_OF_PARAMETER) @RequestParam(required = false) Instant asOf,
                    @Parameter(description = CASES_PARAMETER) @RequestParam(defaultValue = "false") boolean cases) {
        KpiQuery query = query(from, to, gridCellId, asOf);
        return shown(json.valueToTree(asOf == null && !cases ? kpis.figures(query) : kpis.report(query)), cases);
    }

    @GetMapping("/by-grid-cell")
    @Operation(summary = "The same KPIs for each grid cell")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(type = "object", additionalPropertiesSchema = KpiReport.class)))
    JsonNode byGridCell(@RequestParam Instant from, @RequestParam Instant to,
                        @Parameter(description = AS_OF_PARAMETER) @RequestParam(required = false) Instant asOf,
                        @Parameter(description = CASES_PARAMETER) @RequestParam(defaultValue = "false") boolean cases) {
        ObjectNode byCell = json.createObjectNode();
        KpiQuery query = query(from, to, null, asOf);
        (asOf == null && !cases ? kpis.figuresByGridCell(query) : kpis.byGridCell(query))
                .forEach((cell, report) -> byCell.set(cell, shown(json.valueToTree(report), cases)));
        return byCell;
    }

    /** The report as asked for: without the lists of disputes unless they were asked for. */
    private static JsonNode shown(JsonNode report, boolean cases) {
        if (!(report instanceof ObjectNode object)) {
            return report;
        }
        if (cases) {
            return object;
        }
        object.remove(COHORT);
        withoutCases(object);
        return object;
    }

    private static void withoutCases(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(CASES);
        }
        node.forEach(KpiController::withoutCases);
    }

    private KpiQuery query(Instant from, Instant to, String gridCellId, Instant asOf) {
        // a bounded period: a request for a million years would list the days of a million years
        TimeLimits.requirePeriod("from", from, "to", to);
        TimeLimits.require("asOf", asOf);
        if (gridCellId != null && gridCellId.isBlank()) {
            throw new InvalidFieldException("gridCellId", "must not be blank; leave it out for the whole station");
        }
        return new KpiQuery(from, to, gridCellId, asOf == null ? clock.instant() : asOf);
    }
}
