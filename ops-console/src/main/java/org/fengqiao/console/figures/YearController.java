package org.fengqiao.console.figures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.console.platform.PlatformApi.ApiAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ConcurrentModel;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The station's year in numbers: the categories the station publishes, for any period, read from
 * the services' own APIs; a printable page and the same lines as CSV.
 */
@Controller
class YearController {

    /** One line: the category, its figure, and which service gave it (or why it is missing). */
    record Line(String section, String category, String figure, String source) {
    }

    private final StationFigures figures;
    private final Clock clock;

    YearController(StationFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/year")
    String year(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Period period = YearPages.period(from, to, today(), model);
        model.addAttribute("lines", period == null ? List.of() : lines(operator, period));
        return "year";
    }

    @GetMapping(path = "/year.csv")
    ResponseEntity<byte[]> csv(@RegisteredOAuth2AuthorizedClient("ops-console") OAuth2AuthorizedClient operator,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Model model = new ConcurrentModel();
        Period period = YearPages.period(from, to, today(), model);
        if (period == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(model.getAttribute("problem"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder csv = new StringBuilder("section,category,figure,source\n");
        for (Line line : lines(operator, period)) {
            csv.append(cell(line.section())).append(',').append(cell(line.category())).append(',').append(cell(line.figure()))
                    .append(',').append(cell(line.source())).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("station-" + period.from() + "-" + period.to() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Period.STATION_ZONE));
    }

    List<Line> lines(OAuth2AuthorizedClient operator, Period period) {
        List<Line> lines = new ArrayList<>();
        ApiAnswer disputes = figures.disputeKpis(operator, period);
        String fromDisputes = source("dispute-service", disputes);
        JsonNode kpis = disputes.body();
        long resolved = StationFigures.count(kpis, "resolutionRate", "numerator");
        long withinGrid = StationFigures.count(kpis, "resolvedWithinGridRate", "numerator");
        lines.add(new Line("Disputes", "disputes found (reported in the period)", number(disputes, kpis.path("cohortSize").asLong()), fromDisputes));
        lines.add(new Line("Disputes", "disputes resolved", number(disputes, resolved), fromDisputes));
        lines.add(new Line("Disputes", "resolved within the grid (information and source resolution layers)", number(disputes, withinGrid), fromDisputes));
        StationFigures.byLayer(kpis, "resolvedByLayer").forEach((layer, count) ->
                lines.add(new Line("Disputes", "resolved at " + layer, number(disputes, count), fromDisputes)));
        lines.add(new Line("Disputes", "resolution rate (矛盾化解率)", percent(disputes, StationFigures.rate(kpis, "resolutionRate")), fromDisputes));
        lines.add(new Line("Disputes", "mediation success rate (纠纷调解率)", percent(disputes, StationFigures.rate(kpis, "mediationSuccessRate")), fromDisputes));
        StationFigures.byLayer(kpis, "openByLayer").forEach((layer, open) ->
                lines.add(new Line("Disputes", "still open at " + layer, number(disputes, open), fromDisputes)));

        long planned = 0;
        long done = 0;
        long urgent = 0;
        long incidents = 0;
        String patrolProblem = null;
        for (YearMonth month : period.months()) {
            ApiAnswer patrol = figures.patrolMonth(operator, month);
            if (!patrol.ok()) {
                patrolProblem = patrol.problem();
                break;
            }
            planned += patrol.body().path("plannedShifts").asLong();
            done += patrol.body().path("shiftsDone").asLong();
            urgent += patrol.body().path("urgentIncidents").asLong();
            incidents += incidentCount(patrol.body().path("incidentsByBlockAndCategory"));
        }
        String fromPatrol = patrolProblem == null ? "patrol-service, month by month" : "patrol-service: " + patrolProblem;
        boolean patrolOk = patrolProblem == null;
        lines.add(new Line("Patrols", "patrol shifts done", patrolOk ? done + " of " + planned + " planned" : "—", fromPatrol));
        lines.add(new Line("Patrols", "shift coverage", patrolOk && planned > 0 ? String.format("%.1f %%", 100.0 * done / planned) : "—", fromPatrol));
        lines.add(new Line("Patrols", "patrol incidents", patrolOk ? String.valueOf(incidents) : "—", fromPatrol));
        lines.add(new Line("Patrols", "of them urgent", patrolOk ? String.valueOf(urgent) : "—", fromPatrol));

        ApiAnswer tallies = figures.tallies(operator, period);
        String fromCitizen = source("citizen-service", tallies);
        JsonNode t = tallies.body();
        lines.add(new Line("Citizen services", "home visits", number(tallies, t.path("homeVisits").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "people visited", number(tallies, t.path("peopleVisited").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "online appointments", number(tallies, t.path("onlineAppointments").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "pre-acceptance cases", number(tallies, t.path("preAcceptanceCases").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "door-to-door services", number(tallies, t.path("doorToDoorServices").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "enterprise services", number(tallies, t.path("enterpriseServices").asLong()), fromCitizen));
        lines.add(new Line("Citizen services", "lost persons helped home", number(tallies, t.path("lostPersonsHelped").asLong()), fromCitizen));
        JsonNode lost = t.path("lostAndFound");
        lines.add(new Line("Citizen services", "lost items received / returned", tallies.ok()
                ? lost.path("received").asLong() + " / " + lost.path("returned").asLong() : "—", fromCitizen));
        t.path("activities").properties().forEach(activity -> lines.add(new Line("Outreach",
                activity.getKey().toLowerCase().replace('_', ' ') + ": held / attendance", tallies.ok()
                ? activity.getValue().path("held").asLong() + " / " + activity.getValue().path("attendance").asLong() : "—", fromCitizen)));
        return lines;
    }

    private static long incidentCount(JsonNode byBlockAndCategory) {
        long count = 0;
        for (JsonNode block : byBlockAndCategory) {
            for (JsonNode category : block) {
                count += category.asLong();
            }
        }
        return count;
    }

    private static String source(String service, ApiAnswer answer) {
        return answer.ok() ? service : service + ": " + answer.problem();
    }

    private static String number(ApiAnswer answer, long value) {
        return answer.ok() ? String.valueOf(value) : "—";
    }

    private static String percent(ApiAnswer answer, Double rate) {
        return answer.ok() && rate != null ? String.format("%.1f %%", rate * 100) : "—";
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
