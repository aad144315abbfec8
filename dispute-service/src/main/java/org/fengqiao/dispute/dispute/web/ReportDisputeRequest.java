package org.fengqiao.dispute.dispute.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.ReporterRole;

/** A grid worker's report of a dispute. */
@Schema(description = "A report of a dispute, as a grid worker or information investigator files it")
public record ReportDisputeRequest(
        @Schema(description = "Grid cell where the dispute happens", example = "GC-101")
        @NotBlank @Size(max = 64) String gridCellId,
        @Schema(example = "WAGE_ARREARS")
        @NotNull DisputeCategory category,
        @Schema(description = "The sides involved")
        @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyRequest> parties,
        @Schema(example = "About forty workers gathered at the site office: three months of wages unpaid.")
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "How many people are involved", example = "40")
        @Min(1) @Max(100_000) int peopleInvolved,
        @Schema(description = "Who reports: the signed-in person, so people leave it out (if given, it must be them). "
                + "An outside system reporting for someone names them here.")
        @Valid ReporterRequest reporter) {

    /** One side of the dispute. */
    public record PartyRequest(
            @Schema(example = "Northgate Builders (general contractor)") @NotBlank @Size(max = 200) String name,
            @Schema(example = "general contractor") @Size(max = 100) String role) {
    }

    /** Who reports it. */
    public record ReporterRequest(
            @Schema(description = "The reporter's id in the station's directory", example = "IV-0007") @NotBlank @Size(max = 64) String personId,
            @Schema(example = "INFORMATION_INVESTIGATOR") @NotNull ReporterRole role) {
    }
}
