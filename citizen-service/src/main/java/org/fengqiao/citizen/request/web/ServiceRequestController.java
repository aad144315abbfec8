package org.fengqiao.citizen.request.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.fengqiao.citizen.request.application.OpenServiceRequest;
import org.fengqiao.citizen.request.application.PersonalDataAudit;
import org.fengqiao.citizen.request.application.ProgressServiceRequest;
import org.fengqiao.citizen.request.application.ServiceRequestView;
import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.model.Applicant;
import org.fengqiao.citizen.request.model.ServiceRequest;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.fengqiao.citizen.resident.application.ResidentAccess;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Household registration, ID card and residence permit requests: at a point, door-to-door, and each step of their way. */
@RestController
@Validated
@Tag(name = "Service requests", description = "Household registration, ID cards, residence permits: collected → submitted → ready → "
        + "delivered or picked up; door-to-door for those who cannot come in. Personal data is masked unless read with a purpose.")
class ServiceRequestController {

    record OpenRequest(@NotNull ServiceRequestKind kind,
                       @Schema(description = "AT_SERVICE_POINT or DOOR_TO_DOOR (ENTERPRISE requests come in batches)") @NotNull ServiceChannel channel,
                       @NotNull @Valid ApplicantRequest applicant,
                       @Schema(description = "who hears about its progress (a relative's reference); the applicant when absent") @Size(max = 64)
                       @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String notifyRef,
                       @NotNull ServiceRequest.RequestedBy requestedBy, ServiceRequest.DoorToDoorReason reason,
                       @Schema(example = "SC-03") @NotBlank @Size(max = 64) String servicePointId,
                       @Schema(example = "GC-204") @Size(max = 64) String gridCellId,
                       @Schema(description = "Deprecated: the signed-in officer or clerk opens it; if given, it must be them.",
                               example = "PO-03", deprecated = true) @Size(max = 64) String openedBy) {
    }

    record ScheduleRequest(@Schema(example = "PO-03") @NotBlank @Size(max = 64) String officerId, @NotNull @PlausibleTime Instant scheduledFor) {
    }

    record CollectRequest(@Schema(description = "Deprecated: the signed-in officer collected; if given, it must be them.",
                                  example = "PO-03", deprecated = true) @Size(max = 64) String officerId,
                          @Pattern(regexp = "\\d{17}[\\dX]", message = "an ID number has 17 digits and a digit or X") String idNumber) {
    }

    record StepRequest(@Schema(description = "Deprecated: the signed-in person did it; if given, it must be them.",
                               example = "PO-03", deprecated = true) @Size(max = 64) String by) {
    }

    private static final Logger log = LoggerFactory.getLogger(ServiceRequestController.class);

    private final OpenServiceRequest open;
    private final ProgressServiceRequest progress;
    private final ServiceRequests requests;
    private final PersonalDataAudit audit;
    private final Clock clock;

    ServiceRequestController(OpenServiceRequest open, ProgressServiceRequest progress, ServiceRequests requests, PersonalDataAudit audit,
                             Clock clock) {
        this.open = open;
        this.progress = progress;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/v1/service-requests")
    @Operation(summary = "Open a service request", description = "ServiceRequestOpened is published (references only). A DOOR_TO_DOOR "
            + "request starts REQUESTED and needs reason and gridCellId; one made at a service point starts COLLECTED.")
    ResponseEntity<ServiceRequestView> open(Caller caller, @Valid @RequestBody OpenRequest r) {
        if (r.channel() == ServiceChannel.ENTERPRISE) {
            throw new InvalidFieldException("channel", "ENTERPRISE requests are recorded in a batch: POST /api/v1/enterprise-intakes");
        }
        ServiceRequest opened = open.open(new ServiceRequest.Opening(r.kind(), r.channel(), r.applicant().toApplicant(), r.notifyRef(),
                r.requestedBy(), r.reason(), r.servicePointId(), r.gridCellId(), null, null, null,
                caller.actingAs(r.openedBy(), "openedBy")));
        return ResponseEntity.created(URI.create("/api/v1/service-requests/" + opened.snapshot().id())).body(ServiceRequestView.of(opened));
    }

    @GetMapping("/api/v1/service-requests/{id}")
    @Operation(summary = "Read one request (ID number and phone masked)")
    ServiceRequestView get(@PathVariable String id, Caller caller) {
        ServiceRequest request = progress.find(id);
        ResidentAccess.requireOneOf(caller, request.snapshot().applicant().citizenRef(), request.snapshot().notifyRef());
        return ServiceRequestView.of(request);
    }

    @GetMapping("/api/v1/service-requests")
    @Operation(summary = "Requests, newest first; every filter optional")
    List<ServiceRequestView> search(@RequestParam(required = false) ServiceChannel channel, @RequestParam(required = false) ServiceRequest.Status status,
                                    @RequestParam(required = false) String citizenRef, @RequestParam(required = false) String batchId,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, Caller caller) {
        String resident = ResidentAccess.serves(caller) ? citizenRef : ResidentAccess.citizenRefFor(caller, citizenRef, "citizenRef");
        return requests.search(channel, status, resident, batchId, limit).stream().map(ServiceRequestView::of).toList();
    }

    @PostMapping("/api/v1/service-requests/{id}/schedule")
    @Operation(summary = "Schedule the home visit of a door-to-door request", description = "DoorToDoorVisitScheduled: the person or their relative hears when.")
    ServiceRequestView schedule(@PathVariable String id, @Valid @RequestBody ScheduleRequest r) {
        return ServiceRequestView.of(progress.schedule(id, r.officerId(), r.scheduledFor()));
    }

    @PostMapping("/api/v1/service-requests/{id}/collect-at-home")
    @Operation(summary = "The officer collected photo, fingerprints and documents at the person's home")
    ServiceRequestView collectAtHome(@PathVariable String id, Caller caller, @Valid @RequestBody CollectRequest r) {
        return ServiceRequestView.of(progress.step(id, ProgressServiceRequest.Step.COLLECT_AT_HOME,
                caller.actingAs(r.officerId(), "officerId"), r.idNumber()));
    }

    @PostMapping("/api/v1/service-requests/{id}/submit")
    @Operation(summary = "Sent to the issuing bureau")
    ServiceRequestView submit(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest r) {
        return ServiceRequestView.of(progress.step(id, ProgressServiceRequest.Step.SUBMIT, caller.actingAs(r.by(), "by"), null));
    }

    @PostMapping("/api/v1/service-requests/{id}/ready")
    @Operation(summary = "The card or document is ready", description = "ServiceRequestReady: the person hears whether to pick it up or that it will be delivered.")
    ServiceRequestView ready(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest r) {
        return ServiceRequestView.of(progress.step(id, ProgressServiceRequest.Step.READY, caller.actingAs(r.by(), "by"), null));
    }

    @PostMapping("/api/v1/service-requests/{id}/deliver")
    @Operation(summary = "Delivered to the person (door-to-door, enterprise)", description = "ServiceRequestCompleted.")
    ServiceRequestView deliver(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest r) {
        return ServiceRequestView.of(progress.step(id, ProgressServiceRequest.Step.DELIVER, caller.actingAs(r.by(), "by"), null));
    }

    @PostMapping("/api/v1/service-requests/{id}/pick-up")
    @Operation(summary = "Picked up at the service point", description = "ServiceRequestCompleted.")
    ServiceRequestView pickUp(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest r) {
        return ServiceRequestView.of(progress.step(id, ProgressServiceRequest.Step.PICK_UP, caller.actingAs(r.by(), "by"), null));
    }

    @GetMapping("/api/v1/service-requests/{id}/personal-data")
    @Operation(summary = "The applicant's unmasked ID number and phone, for an officer who needs them",
            description = "Needs the registration desk's role and a purpose; every read is recorded with the signed-in person "
                    + "(GET .../personal-data/access-log). X-Officer-Id, if sent, must name that person.")
    Applicant personalData(@PathVariable String id, Caller caller,
                           @Parameter(description = "Deprecated: the signed-in person reads; if sent, it must be them", deprecated = true)
                           @RequestHeader(name = "X-Officer-Id", required = false) String officerHeader,
                           @RequestParam(required = false) @Size(max = 200) String purpose) {
        String officerId = caller.actingAs(officerHeader, "X-Officer-Id");
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidFieldException("purpose", "say why the personal data is needed (e.g. delivering the card)");
        }
        ServiceRequest request = progress.find(id);
        audit.record(new PersonalDataAudit.Access(id, request.snapshot().applicant().citizenRef(), officerId, purpose, clock.instant()));
        log.info("personal data of service request {} read by {} for: {}", id, officerId, purpose);
        return request.snapshot().applicant();
    }

    @GetMapping("/api/v1/service-requests/{id}/personal-data/access-log")
    @Operation(summary = "Who read the applicant's personal data, when and why")
    List<PersonalDataAudit.Access> accessLog(@PathVariable String id) {
        progress.find(id);
        return audit.forRequest(id);
    }
}
