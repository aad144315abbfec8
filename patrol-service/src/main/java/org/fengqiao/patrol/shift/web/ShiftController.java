package org.fengqiao.patrol.shift.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.patrol.shift.application.PatrolShifts;
import org.fengqiao.patrol.shift.application.Shifts;
import org.fengqiao.patrol.shift.model.Shift;
import org.fengqiao.patrol.team.application.PatrolAccess;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patrol shifts and online check-ins (打卡). */
@RestController
@Validated
@Tag(name = "Shifts and check-ins", description = "A team patrols a block it is contracted: start, check in at checkpoints, end")
class ShiftController {

    record StartRequest(@Schema(example = "PT-13") @NotBlank @Size(max = 64) String teamId,
                        @Schema(example = "GB-131") @NotBlank @Size(max = 64) String gridBlockId,
                        @Schema(description = "Deprecated: the signed-in member starts it; if given, it must be them.",
                                example = "PT-13-M01", deprecated = true) @Size(max = 64) String memberId) {
    }

    record CheckInRequest(@Schema(example = "PT-13") @NotBlank @Size(max = 64) String teamId,
                          @Schema(description = "Deprecated: the signed-in member checks in; if given, it must be them.",
                                  example = "PT-13-M02", deprecated = true) @Size(max = 64) String memberId,
                          @Schema(example = "GB-131-CP1") @NotBlank @Size(max = 64) String checkpointId,
                          @Schema(description = "the phone's own clock") @NotNull @PlausibleTime Instant deviceTime,
                          @DecimalMin("-90") @DecimalMax("90") double latitude, @DecimalMin("-180") @DecimalMax("180") double longitude) {
    }

    private final PatrolShifts patrols;
    private final Shifts shifts;

    ShiftController(PatrolShifts patrols, Shifts shifts) {
        this.patrols = patrols;
        this.shifts = shifts;
    }

    @PostMapping("/api/v1/shifts")
    @Operation(summary = "Start a shift on a block contracted to the team")
    ResponseEntity<Shift.Snapshot> start(Caller caller, @Valid @RequestBody StartRequest r) {
        PatrolAccess.requireOwnTeam(caller, r.teamId());
        Shift shift = patrols.start(r.teamId(), r.gridBlockId(), caller.actingAs(r.memberId(), "memberId"));
        return ResponseEntity.created(URI.create("/api/v1/shifts/" + shift.snapshot().id())).body(shift.snapshot());
    }

    @GetMapping("/api/v1/shifts/{id}")
    @Operation(summary = "Read one shift with its check-ins")
    Shift.Snapshot get(@PathVariable String id, Caller caller) {
        Shift.Snapshot shift = patrols.get(id).snapshot();
        PatrolAccess.requireOwnTeam(caller, shift.teamId());
        return shift;
    }

    @GetMapping("/api/v1/shifts")
    @Operation(summary = "A team's shifts, newest first")
    List<Shift.Snapshot> ofTeam(@RequestParam String teamId, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                                Caller caller) {
        PatrolAccess.requireOwnTeam(caller, teamId);
        return shifts.ofTeam(teamId, limit).stream().map(Shift::snapshot).toList();
    }

    @PostMapping("/api/v1/shifts/{id}/end")
    @Operation(summary = "End a shift", description = "Checkpoints nobody checked in at are missed (ShiftEndedWithMissedCheckpoints).")
    Shift.Snapshot end(@PathVariable String id, Caller caller) {
        return patrols.end(id, caller).snapshot();
    }

    @PostMapping("/api/v1/check-ins")
    @Operation(summary = "Check in at a checkpoint", description = "Needs the team's active shift on the checkpoint's block. "
            + "Far from the checkpoint or with a skewed device clock, it is accepted and flagged (CheckInFlagged).")
    Shift.CheckIn checkIn(Caller caller, @Valid @RequestBody CheckInRequest r) {
        PatrolAccess.requireOwnTeam(caller, r.teamId());
        return patrols.checkIn(r.teamId(), caller.actingAs(r.memberId(), "memberId"), r.checkpointId(), r.deviceTime(),
                r.latitude(), r.longitude());
    }

    @GetMapping("/api/v1/missed-shifts")
    @Operation(summary = "Planned shifts that were not started, newest first")
    List<Shifts.MissedShift> missed(@RequestParam(required = false) String teamId,
                                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return shifts.missed(teamId, limit);
    }
}
