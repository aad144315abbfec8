package org.fengqiao.patrol.team.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.patrol.team.model.PatrolTeam;

/** A volunteer joint patrol team's registration with the station. */
@Schema(description = "A volunteer joint patrol team registering with the station")
public record RegisterPatrolTeamRequest(
        @Schema(description = "The team's public name, unique across teams (case ignored)",
                example = "Maple Court Red Butler Patrol", maxLength = PatrolTeam.NAME_MAX_LENGTH)
        @NotBlank @Size(max = PatrolTeam.NAME_MAX_LENGTH) String name,
        @Schema(example = "RED_BUTLER")
        @NotNull PatrolTeamType type,
        @ArraySchema(arraySchema = @Schema(description = "The grid blocks contracted to the team; may be left out until "
                + "blocks are assigned", example = "[\"GB-101\"]"),
                schema = @Schema(pattern = PatrolTeam.GRID_BLOCK_ID_PATTERN, example = "GB-101"))
        @Size(max = 100) List<@NotBlank @Pattern(regexp = PatrolTeam.GRID_BLOCK_ID_PATTERN,
                message = "must be a grid block id like GB-101") String> gridBlockIds,
        @Schema(description = "Number of members at registration", example = "12", minimum = "1",
                maximum = "" + PatrolTeam.MEMBER_COUNT_MAX)
        @NotNull @Min(1) @Max(PatrolTeam.MEMBER_COUNT_MAX) Integer memberCount) {
}
