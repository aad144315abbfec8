package org.fengqiao.citizen.outreach.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.citizen.outreach.application.OutreachRecords;
import org.fengqiao.citizen.outreach.application.RecordOutreach;
import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.fengqiao.kit.validation.TimeLimits;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Outreach activities and lost persons helped. */
@RestController
@Validated
@Tag(name = "Outreach", description = "Co-building events, safety tours, open days, legal publicity, anti-fraud training; lost persons helped")
class OutreachController {

    record ActivityRequest(@NotNull OutreachActivity.Kind kind,
                           @Schema(example = "Anti-fraud talk for Lotus Garden seniors") @NotBlank @Size(max = 200)
                           String title, @Schema(example = "Lotus Garden community hall") @NotBlank @Size(max = 300) String place,
                           @Schema(example = "GC-203") @Size(max = 64) String gridCellId, @NotNull @PlausibleTime Instant heldAt,
                           @Min(0) @Max(100000) int attendance,
                           @Schema(description = "Deprecated: the signed-in officer; if given, it must be them.", example = "CO-03",
                                   deprecated = true) @Size(max = 64) String officerId) {
    }

    record LostPersonRequest(@NotNull @PlausibleTime Instant foundAt,
                             @Schema(example = "Bus stop outside Harbour Square") @NotBlank @Size(max = 300) String place,
                             @Schema(example = "GC-301") @Size(max = 64) String gridCellId,
                             @Schema(description = "who, without their name", example = "Elderly man with memory loss, could not say where he lived")
                             @NotBlank @Size(max = 1000) String description, @NotNull LostPersonHelped.Outcome outcome,
                             @Schema(description = "Deprecated: the signed-in officer; if given, it must be them.", example = "PO-05",
                                     deprecated = true) @Size(max = 64) String officerId) {
    }

    private final RecordOutreach record;
    private final OutreachRecords records;

    OutreachController(RecordOutreach record, OutreachRecords records) {
        this.record = record;
        this.records = records;
    }

    @PostMapping("/api/v1/outreach-activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an activity held")
    OutreachActivity activity(Caller caller, @Valid @RequestBody ActivityRequest r) {
        return record.activity(r.kind(), r.title(), r.place(), r.gridCellId(), r.heldAt(), r.attendance(),
                caller.actingAs(r.officerId(), "officerId"));
    }

    @GetMapping("/api/v1/outreach-activities")
    @Operation(summary = "Activities held in [from, to), latest first")
    List<OutreachActivity> activities(@RequestParam @PlausibleTime Instant from, @RequestParam @PlausibleTime Instant to,
                                      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        TimeLimits.requirePeriod("from", from, "to", to);
        return records.activities(from, to, limit);
    }

    @PostMapping("/api/v1/lost-persons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a lost person helped")
    LostPersonHelped lostPerson(Caller caller, @Valid @RequestBody LostPersonRequest r) {
        return record.lostPerson(r.foundAt(), r.place(), r.gridCellId(), r.description(), r.outcome(),
                caller.actingAs(r.officerId(), "officerId"));
    }

    @GetMapping("/api/v1/lost-persons")
    @Operation(summary = "Lost persons helped in [from, to), latest first")
    List<LostPersonHelped> lostPersons(@RequestParam @PlausibleTime Instant from, @RequestParam @PlausibleTime Instant to,
                                       @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        TimeLimits.requirePeriod("from", from, "to", to);
        return records.lostPersons(from, to, limit);
    }
}
