package org.fengqiao.citizen.request.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.citizen.request.application.ProgressServiceRequest;
import org.fengqiao.citizen.request.application.RecordEnterpriseIntake;
import org.fengqiao.citizen.request.application.ServiceRequestView;
import org.fengqiao.citizen.request.model.EnterpriseIntake;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** On-site intake at enterprises: a batch of applications, tracked person by person. */
@RestController
@Tag(name = "Enterprise intake", description = "Applications collected on site (e.g. residence permits at a construction project), delivered by community police")
class EnterpriseIntakeController {

    record IntakeRequest(@Schema(example = "Riverside Bridge construction project") @NotBlank @Size(max = 200) String enterpriseName,
                         @Schema(example = "Site office, Riverside Avenue east") @NotBlank @Size(max = 300) String site,
                         @Schema(example = "GC-302") @Size(max = 64) String gridCellId,
                         @Schema(example = "SC-02") @NotBlank @Size(max = 64) String servicePointId,
                         @Schema(description = "Deprecated: the signed-in officer collected; if given, it must be them.",
                                 example = "CO-05", deprecated = true) @Size(max = 64) String officerId,
                         @NotNull ServiceRequestKind kind, @NotNull @PlausibleTime Instant collectedAt,
                         @NotEmpty @Size(max = 500) List<@NotNull @Valid ApplicantRequest> applicants) {
    }

    record AdvanceRequest(@Schema(description = "SUBMIT, READY or DELIVER") @NotNull ProgressServiceRequest.Step step,
                          @Schema(description = "Deprecated: the signed-in person; if given, it must be them.", example = "CO-05",
                                  deprecated = true) @Size(max = 64) String by) {
    }

    /** A batch and each person's request. */
    record IntakeView(EnterpriseIntake intake, List<ServiceRequestView> requests) {
        static IntakeView of(RecordEnterpriseIntake.Progress p) {
            return new IntakeView(p.intake(), p.requests().stream().map(ServiceRequestView::of).toList());
        }
    }

    private final RecordEnterpriseIntake intakes;

    EnterpriseIntakeController(RecordEnterpriseIntake intakes) {
        this.intakes = intakes;
    }

    @PostMapping("/api/v1/enterprise-intakes")
    @Operation(summary = "Record a batch collected on site", description = "Every application is checked before any is stored; each person "
            + "gets an ENTERPRISE service request (ServiceRequestOpened).")
    ResponseEntity<IntakeView> record(Caller caller, @Valid @RequestBody IntakeRequest r) {
        RecordEnterpriseIntake.Progress recorded = intakes.record(new RecordEnterpriseIntake.Batch(r.enterpriseName(), r.site(), r.gridCellId(),
                r.servicePointId(), caller.actingAs(r.officerId(), "officerId"), r.kind(), r.collectedAt(), r.applicants().stream().map(ApplicantRequest::toApplicant).toList()));
        return ResponseEntity.created(URI.create("/api/v1/enterprise-intakes/" + recorded.intake().id())).body(IntakeView.of(recorded));
    }

    @GetMapping("/api/v1/enterprise-intakes/{id}")
    @Operation(summary = "A batch and where each person's application stands")
    IntakeView get(@PathVariable String id) {
        return IntakeView.of(intakes.progress(id));
    }

    @PostMapping("/api/v1/enterprise-intakes/{id}/advance")
    @Operation(summary = "Move every application of the batch that can take the step")
    IntakeView advance(@PathVariable String id, Caller caller, @Valid @RequestBody AdvanceRequest r) {
        return IntakeView.of(intakes.advance(id, r.step(), caller.actingAs(r.by(), "by")));
    }
}
