package org.fengqiao.citizen.servicepoint.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.ServicePointType;

/** A new place where residents are served. */
@Schema(description = "A service point the station opens: a police room, pre-acceptance point, self-service point, ...")
public record RegisterServicePointRequest(
        @Schema(description = "Its public name", example = "Maple Court Community Police Room",
                maxLength = ServicePoint.NAME_MAX_LENGTH)
        @NotBlank @Size(max = ServicePoint.NAME_MAX_LENGTH) String name,
        @Schema(example = "POLICE_ROOM")
        @NotNull ServicePointType type,
        @Schema(description = "Where residents find it", example = "12 Maple Court Road",
                maxLength = ServicePoint.ADDRESS_MAX_LENGTH)
        @NotBlank @Size(max = ServicePoint.ADDRESS_MAX_LENGTH) String address,
        @Schema(description = "Whether it is open 24 hours a day; a SELF_SERVICE_POINT always is", example = "false")
        @NotNull Boolean roundTheClock,
        @ArraySchema(arraySchema = @Schema(description = "What residents can get done there",
                example = "[\"HOUSEHOLD_REGISTRATION\",\"ID_CARD\"]"))
        @Size(max = 20) List<@NotNull OfferedService> services,
        @ArraySchema(arraySchema = @Schema(description = "When it is open, local time; ignored when round the clock",
                example = "[{\"firstDay\":\"MONDAY\",\"lastDay\":\"FRIDAY\",\"opens\":\"09:00\",\"closes\":\"17:00\"}]"))
        @Size(max = 14) List<@NotNull OpeningPeriod> openingHours,
        @Schema(description = "How many residents one 30-minute online-appointment slot takes; 0 or absent: no online appointments",
                example = "2")
        @Min(0) @Max(50) Integer slotCapacity) {
}
