package org.fengqiao.citizen.request.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.kit.validation.References;
import org.fengqiao.citizen.request.model.Applicant;

/** The applicant as received; ID number and phone are optional until collected. */
record ApplicantRequest(@Schema(description = "the resident's reference", example = "CZ-30981") @NotBlank @Size(max = 64)
                        @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String citizenRef,
                        @Schema(example = "Resident of Eastbrook Village No. 7") @NotBlank @Size(max = 100) String name,
                        @Schema(description = "18-character resident ID number", example = "110105194403120025")
                        @Pattern(regexp = "\\d{17}[\\dX]", message = "an ID number has 17 digits and a digit or X") String idNumber,
                        @Schema(example = "13800001234") @Pattern(regexp = "1\\d{10}", message = "a phone number has 11 digits starting with 1")
                        String phone) {

    Applicant toApplicant() {
        return new Applicant(citizenRef, name, idNumber, phone);
    }
}
