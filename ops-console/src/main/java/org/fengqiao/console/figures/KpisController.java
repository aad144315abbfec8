package org.fengqiao.console.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The KPIs page: the dispute rates against the figures the station publishes, open and overdue
 * disputes by layer, the rates month by month, the same per grid cell; patrol coverage and the
 * teams' assessment of the period's last month; the citizen services' tallies.
 */
@Controller
class KpisController {

    /** A rate beside the figure the station publishes for it (null: none published). */
    record Rate(String name, String label, Double value, long numerator, long denominator, Double published) {

        public boolean belowPublished() {
            return value != null && published != null && value < published;
        }
    }

    /** 矛盾化解率 and 纠纷调解率 as the station publishes them. */
    static final Map<String, Double> PUBLISHED = Map.of("resolutionRate", 0.95, "mediationSuccessRate", 0.992);

    private final StationFigures figures;
    private final Clock clock;

    KpisController(StationFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/kpis")
    String kpis(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Period period = YearPages.period(from, to, LocalDate.now(clock.withZone(Period.STATION_ZONE)), model);
        if (period == null) {
            return "kpis";
        }
        ApiAnswer disputes = figures.disputeKpis(operator, period);
        model.addAttribute("disputes", disputes);
        if (disputes.ok()) {
            JsonNode kpis = disputes.body();
            List<Rate> rates = new ArrayList<>();
            rates.add(rate(kpis, "resolutionRate", "resolution rate (矛盾化解率)"));
            rates.add(rate(kpis, "mediationSuccessRate", "mediation success rate (纠纷调解率)"));
            rates.add(rate(kpis, "notPushedUpwardRate", "not pushed upward (不上交)"));
            rates.add(rate(kpis, "resolvedWithinGridRate", "resolved within the grid (不出网)"));
            rates.add(rate(kpis, "recurrenceWithin90Days", "reopened within 90 days"));
            model.addAttribute("rates", rates);
            model.addAttribute("cohortSize", kpis.path("cohortSize").asLong());
            model.addAttribute("openByLayer", StationFigures.byLayer(kpis, "openByLayer"));
            model.addAttribute("overdueByLayer", StationFigures.byLayer(kpis, "overdueByLayer"));
            model.addAttribute("timeToFirstIntervention", kpis.path("timeToFirstIntervention").path("median").asString(""));
            model.addAttribute("timeToResolution", kpis.path("timeToResolution").path("median").asString(""));
        }
        model.addAttribute("months", figures.disputeMonths(operator, period));
        model.addAttribute("byGridCell", figures.disputeKpisByGridCell(operator, period));
        YearMonth lastMonth = YearMonth.from(period.to());
        model.addAttribute("patrolMonth", lastMonth);
        model.addAttribute("patrol", figures.patrolMonth(operator, lastMonth));
        ApiAnswer assessment = figures.assessment(operator, lastMonth);
        model.addAttribute("assessment", assessment);
        model.addAttribute("coverageByBlock", coverageByBlock(assessment));
        ApiAnswer tallies = figures.tallies(operator, period);
        model.addAttribute("tallies", tallies);
        // the tallies' counts; the activities and lost-and-found lines are on the year's page
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        tallies.body().properties().forEach(entry -> {
            if (entry.getValue().isNumber()) {
                counts.put(entry.getKey(), entry.getValue().asLong());
            }
        });
        model.addAttribute("tallyCounts", counts);
        return "kpis";
    }

    /** Checkpoint coverage per grid block and time band (DAY, EVENING, NIGHT), over the teams that patrol it. */
    static Map<String, Map<String, Double>> coverageByBlock(ApiAnswer assessment) {
        Map<String, Map<String, double[]>> sums = new java.util.TreeMap<>();
        if (assessment.ok()) {
            for (JsonNode team : assessment.body()) {
                team.path("coverageByBlockAndBand").properties().forEach(block -> block.getValue().properties().forEach(band -> {
                    double[] sum = sums.computeIfAbsent(block.getKey(), b -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(band.getKey(), b -> new double[2]);
                    sum[0] += band.getValue().asDouble();
                    sum[1]++;
                }));
            }
        }
        Map<String, Map<String, Double>> coverage = new java.util.TreeMap<>();
        sums.forEach((block, bands) -> {
            Map<String, Double> byBand = new java.util.LinkedHashMap<>();
            for (String band : List.of("DAY", "EVENING", "NIGHT")) {
                double[] sum = bands.get(band);
                byBand.put(band, sum == null ? null : sum[0] / sum[1]);
            }
            coverage.put(block, byBand);
        });
        return coverage;
    }

    private static Rate rate(JsonNode kpis, String name, String label) {
        return new Rate(name, label, StationFigures.rate(kpis, name), StationFigures.count(kpis, name, "numerator"),
                StationFigures.count(kpis, name, "denominator"), PUBLISHED.get(name));
    }
}
