package org.fengqiao.citizen.visit.web;

import java.net.URI;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.kit.validation.References;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.citizen.visit.application.HomeVisits;
import org.fengqiao.citizen.visit.application.LogHomeVisit;
import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.kit.failure.NotFoundException;
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

/** Home visits and what they found. */
@RestController
@Validated
@Tag(name = "Home visits", description = "An officer's visit log; each finding becomes work for others the same day")
class HomeVisitController {

    record PartyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role) {
    }

    record DoorToDoorRequest(@Schema(example = "CZ-30981") @Size(max = 64) @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String citizenRef,
                             @Schema(example = "Resident of Eastbrook Village No. 7") @Size(max = 100) String personName,
                             @Schema(example = "ID_CARD") ServiceRequestKind serviceKind, ServiceRequest.DoorToDoorReason reason,
                             @Schema(description = "a relative who should hear about it", example = "CZ-30982") @Size(max = 64)
                             @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String notifyRef) {
    }

    record FindingRequest(@NotNull HomeVisit.FindingKind kind, @NotBlank @Size(max = 4000) String description, DisputeCategory category,
                          @Size(max = 50) List<@NotNull @Valid PartyRequest> parties, @Min(1) Integer peopleInvolved, @Valid DoorToDoorRequest doorToDoor) {
    }

    record VisitRequest(@Schema(description = "Deprecated: the signed-in officer visited; if given, it must be them.",
                                example = "CO-04", deprecated = true) @Size(max = 64) String officerId,
                                @Schema(example = "GC-204") @NotBlank @Size(max = 64) String gridCellId,
                        @Schema(description = "the household's reference in the station's register", example = "HH-204-0315")
                        @NotBlank @Size(max = 64) @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String householdRef,
                        @Min(1) int peopleMet, @NotNull @PlausibleTime Instant visitedAt,
                        @NotNull @Size(max = 50) List<@NotNull @Valid FindingRequest> findings) {
    }

    private final LogHomeVisit logHomeVisit;
    private final HomeVisits visits;

    HomeVisitController(LogHomeVisit logHomeVisit, HomeVisits visits) {
        this.logHomeVisit = logHomeVisit;
        this.visits = visits;
    }

    @PostMapping("/api/v1/home-visits")
    @Operation(summary = "Log a home visit", description = "Each finding becomes work the same day: DISPUTE publishes "
            + "HomeVisitFindingHandedOverAsDispute (dispute-service reports it with the finding as origin), SAFETY_HAZARD publishes "
            + "SafetyHazardFound, ANTI_FRAUD publishes AntiFraudWarningIssued, DOOR_TO_DOOR opens a door-to-door service request "
            + "(its id is the finding's workRef).")
    ResponseEntity<HomeVisit.Snapshot> log(Caller caller, @Valid @RequestBody VisitRequest r) {
        HomeVisit visit = logHomeVisit.log(caller.actingAs(r.officerId(), "officerId"), r.gridCellId(), r.householdRef(), r.peopleMet(), r.visitedAt(),
                r.findings().stream().map(f -> new LogHomeVisit.FindingInput(f.kind(), f.description(), f.category(),
                        f.parties() == null ? null : f.parties().stream().map(p -> new Party(p.name(), p.role())).toList(),
                        f.peopleInvolved(), f.doorToDoor() == null ? null : new HomeVisit.DoorToDoorNeed(f.doorToDoor().citizenRef(),
                        f.doorToDoor().personName(), f.doorToDoor().serviceKind(), f.doorToDoor().reason(), f.doorToDoor().notifyRef())))
                .toList());
        return ResponseEntity.created(URI.create("/api/v1/home-visits/" + visit.snapshot().id())).body(visit.snapshot());
    }

    @GetMapping("/api/v1/home-visits/{id}")
    @Operation(summary = "Read one home visit")
    HomeVisit.Snapshot get(@PathVariable String id) {
        return visits.find(id).map(HomeVisit::snapshot).orElseThrow(() -> new NotFoundException("home visit", id));
    }

    @GetMapping("/api/v1/home-visits")
    @Operation(summary = "An officer's home visits, newest first")
    List<HomeVisit.Snapshot> byOfficer(@RequestParam String officerId, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return visits.byOfficer(officerId, limit).stream().map(HomeVisit::snapshot).toList();
    }
}
