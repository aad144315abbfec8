package org.fengqiao.dispute.prevention.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.dispute.prevention.application.PreventionWork;
import org.fengqiao.dispute.prevention.model.PreventionReport;
import org.fengqiao.dispute.prevention.model.PublicitySession;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.fengqiao.kit.validation.TimeLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PREVENTION layer: publicity sessions with units and the state of their contingency plans. */
@RestController
@Tag(name = "Prevention", description = "Publicity sessions with units and their contingency plans (PREVENTION layer)")
class PreventionController {

    record SessionRequest(@Schema(example = "2026-11-20") @NotNull @PlausibleTime LocalDate heldOn,
                          @Schema(example = "Wage payment rules for subcontractors") @NotBlank @Size(max = 200) String topic,
                          @Schema(example = "35") @Min(1) int attendance,
                          @Schema(description = "Deprecated: the signed-in officer held it; if given, it must be them.",
                                  example = "CO-02", deprecated = true) @Size(max = 64) String heldBy) {
    }

    private final PreventionWork work;

    PreventionController(PreventionWork work) {
        this.work = work;
    }

    @PostMapping("/api/v1/directory/units/{unitId}/publicity-sessions")
    @Operation(summary = "Record a legal or policy publicity session held with a unit")
    ResponseEntity<PublicitySession> record(@PathVariable String unitId, Caller caller, @Valid @RequestBody SessionRequest request) {
        PublicitySession session = work.recordSession(unitId, request.heldOn(), request.topic(), request.attendance(),
                caller.actingAs(request.heldBy(), "heldBy"));
        return ResponseEntity.created(URI.create("/api/v1/directory/units/" + unitId + "/publicity-sessions")).body(session);
    }

    @GetMapping("/api/v1/directory/units/{unitId}/publicity-sessions")
    @Operation(summary = "The publicity sessions held with a unit, earliest first")
    List<PublicitySession> sessions(@PathVariable String unitId) {
        return work.sessionsOf(unitId);
    }

    @GetMapping("/api/v1/prevention/report")
    @Operation(summary = "The PREVENTION layer over a period",
            description = "Construction units missing a contingency plan, units no session reached, sessions held and attendance.")
    PreventionReport report(@Parameter(example = "2026-01-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleTime LocalDate from,
                            @Parameter(example = "2026-12-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleTime LocalDate to) {
        TimeLimits.requirePeriod("from", from, "to", to);
        return work.report(from, to);
    }
}
