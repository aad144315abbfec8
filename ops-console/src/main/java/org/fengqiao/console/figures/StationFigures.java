package org.fengqiao.console.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.console.platform.PlatformApi;
import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The station's figures for a period, each from the service that owns it, as the signed-in
 * operator: the dispute KPIs (dispute-service), patrol coverage and incidents per month and the
 * teams' assessment (patrol-service), the citizen services' tallies (citizen-service). A service
 * that refuses or is away leaves its figures out, with the reason; the others are still shown.
 */
@Component
public class StationFigures {

    private final PlatformApi api;

    public StationFigures(PlatformApi api) {
        this.api = api;
    }

    /** The dispute KPIs of the disputes reported in the period. */
    public ApiAnswer disputeKpis(OAuth2AuthorizedClient operator, Period period) {
        return api.get(operator, "/api/v1/kpis", Map.of("from", period.fromInstant(), "to", period.toInstant()));
    }

    public ApiAnswer disputeKpisByGridCell(OAuth2AuthorizedClient operator, Period period) {
        return api.get(operator, "/api/v1/kpis/by-grid-cell", Map.of("from", period.fromInstant(), "to", period.toInstant()));
    }

    /** The citizen services' tallies of the period. */
    public ApiAnswer tallies(OAuth2AuthorizedClient operator, Period period) {
        return api.get(operator, "/api/v1/tallies", Map.of("from", period.from().toString(), "to", period.to().toString()));
    }

    /** patrol-service's figures of one month (coverage, shifts, urgent incidents). */
    public ApiAnswer patrolMonth(OAuth2AuthorizedClient operator, YearMonth month) {
        return api.get(operator, "/api/v1/patrol-kpis/" + month, Map.of());
    }

    /** The teams' assessment of one month. */
    public ApiAnswer assessment(OAuth2AuthorizedClient operator, YearMonth month) {
        return api.get(operator, "/api/v1/assessments/" + month, Map.of());
    }

    /** One month's line of the dispute KPIs over time. */
    public record MonthLine(YearMonth month, long reported, Double resolutionRate, Double mediationSuccessRate, String problem) {
    }

    /** The dispute KPIs month by month (one call each), for the chart over time. */
    public List<MonthLine> disputeMonths(OAuth2AuthorizedClient operator, Period period) {
        List<MonthLine> lines = new ArrayList<>();
        for (YearMonth month : period.months()) {
            ApiAnswer answer = disputeKpis(operator, period.of(month));
            if (!answer.ok()) {
                lines.add(new MonthLine(month, 0, null, null, answer.problem()));
                continue;
            }
            JsonNode kpis = answer.body();
            lines.add(new MonthLine(month, kpis.path("cohortSize").asLong(), rate(kpis, "resolutionRate"),
                    rate(kpis, "mediationSuccessRate"), null));
        }
        return lines;
    }

    /** A rate figure's value, or null when it has no denominator. */
    static Double rate(JsonNode kpis, String figure) {
        JsonNode value = kpis.path(figure).path("value");
        return value.isNumber() ? value.asDouble() : null;
    }

    /** A figure's numerator ({@code field} "numerator") or denominator, 0 when absent. */
    static long count(JsonNode kpis, String figure, String field) {
        return kpis.path(figure).path(field).asLong();
    }

    /** Per layer, a count figure's counts ({@code openByLayer}, {@code overdueByLayer}). */
    static Map<String, Long> byLayer(JsonNode kpis, String figure) {
        Map<String, Long> counts = new LinkedHashMap<>();
        kpis.path(figure).properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().path("count").asLong()));
        return counts;
    }
}
