package org.fengqiao.citizen.tally.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.citizen.tally.application.Tallies;
import org.fengqiao.kit.validation.PlausibleTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The station's published tallies for a period. */
@RestController
@Tag(name = "Tallies", description = "A period's numbers in the categories the station publishes")
class TallyController {

    private final Tallies tallies;
    private final Clock clock;

    TallyController(Tallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/tallies")
    @Operation(summary = "Tallies for [from, to], local dates both inclusive", description = "Without dates: the last 365 days up to today.")
    Tallies.Tally tally(@Parameter(example = "2026-01-01") @RequestParam(required = false) @PlausibleTime LocalDate from,
                        @Parameter(example = "2026-12-31") @RequestParam(required = false) @PlausibleTime LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(tallies.zone()));
        LocalDate end = to == null ? today : to;
        return tallies.of(from == null ? end.minusYears(1).plusDays(1) : from, end);
    }
}
