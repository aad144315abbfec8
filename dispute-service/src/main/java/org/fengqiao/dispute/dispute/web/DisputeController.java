package org.fengqiao.dispute.dispute.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fengqiao.dispute.dispute.application.DisputeFilter;
import org.fengqiao.dispute.dispute.application.DisputePage;
import org.fengqiao.dispute.dispute.application.DisputeAccess;
import org.fengqiao.dispute.dispute.application.Disputes;
import org.fengqiao.dispute.dispute.application.ReportDispute;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disputes: report one, read one, list them. */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "Disputes", description = "Disputes reported by grid workers and how they are resolved")
class DisputeController {

    private static final String PROBLEM_EXAMPLE = """
            {"type":"urn:fengqiao:problem:validation-failed","title":"Validation failed","status":400,
             "detail":"gridCellId: unknown grid cell 'GC-999'","instance":"/api/v1/disputes","field":"gridCellId",
             "errors":[{"field":"gridCellId","message":"unknown grid cell 'GC-999'"}]}""";

    private final ReportDispute reportDispute;
    private final Disputes disputes;
    private final DisputeAccess access;

    DisputeController(ReportDispute reportDispute, Disputes disputes, DisputeAccess access) {
        this.reportDispute = reportDispute;
        this.disputes = disputes;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Report a dispute",
            description = "Accepts a grid worker's report. The dispute starts in the INFORMATION layer and "
                    + "DisputeReported is published on dispute.events; the grid cell's community officer is notified.")
    @ApiResponse(responseCode = "201", description = "Reported; Location names the new dispute")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (e.g. an unknown grid cell)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = PROBLEM_EXAMPLE)))
    ResponseEntity<DisputeView> report(Caller caller, @Valid @RequestBody ReportDisputeRequest request) {
        Reporter named = request.reporter() == null ? null : new Reporter(request.reporter().personId(), request.reporter().role());
        Dispute dispute = reportDispute.report(new ReportDispute.Report(request.gridCellId(), request.category(),
                request.parties().stream().map(p -> new Party(p.name(), p.role())).toList(), request.description(),
                request.peopleInvolved(), DisputeAccess.reporterOf(caller, named)));
        return ResponseEntity.created(URI.create("/api/v1/disputes/" + dispute.id())).body(DisputeView.of(dispute));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one dispute")
    @ApiResponse(responseCode = "404", description = "No such dispute", content = @Content(mediaType = "application/problem+json"))
    DisputeView get(@PathVariable String id, Caller caller) {
        Dispute dispute = disputes.find(id).orElseThrow(() -> new NotFoundException("dispute", id));
        access.requireMayRead(caller, dispute);
        return DisputeView.of(dispute);
    }

    @GetMapping
    @Operation(summary = "List disputes", description = "Newest report first; every filter is optional.")
    PageView<DisputeView> list(@Parameter(example = "GC-101") @RequestParam(required = false) String gridCellId,
                               @RequestParam(required = false) DisputeStatus status,
                               @RequestParam(required = false) DisputeCategory category,
                               @RequestParam(required = false) DisputeLayer layer,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        DisputePage found = disputes.search(new DisputeFilter(gridCellId, status, category, layer), page, size);
        return PageView.of(found.items().stream().map(DisputeView::of).toList(), found.page(), found.size(), found.totalItems());
    }
}
