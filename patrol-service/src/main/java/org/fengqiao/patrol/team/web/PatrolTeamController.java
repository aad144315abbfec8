package org.fengqiao.patrol.team.web;

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
import jakarta.validation.constraints.Pattern;
import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.patrol.team.application.PatrolTeamFilter;
import org.fengqiao.patrol.team.application.PatrolTeamPage;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.application.RegisterPatrolTeam;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.fengqiao.kit.web.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Volunteer joint patrol teams: register one, read one, list them. A registered team is announced
 * on {@code patrol.events} so that others (notifications, the station's command system) know
 * which team patrols which grid block.
 */
@RestController
@RequestMapping("/api/v1/patrol-teams")
@Tag(name = "Patrol teams", description = "Volunteer joint patrol teams and the grid blocks contracted to them")
class PatrolTeamController {

    private static final String INVALID_EXAMPLE = """
            {"type":"urn:fengqiao:problem:validation-failed","title":"Validation failed","status":400,
             "detail":"gridBlockIds[0]: must be a grid block id like GB-101","instance":"/api/v1/patrol-teams",
             "field":"gridBlockIds[0]","errors":[{"field":"gridBlockIds[0]","message":"must be a grid block id like GB-101"}]}""";
    private static final String NAME_TAKEN_EXAMPLE = """
            {"type":"urn:fengqiao:problem:rule-violated","title":"Rule violated","status":409,
             "detail":"a patrol team named 'Maple Court Red Butler Patrol' is already registered",
             "instance":"/api/v1/patrol-teams","field":"name"}""";

    private final RegisterPatrolTeam registerPatrolTeam;
    private final PatrolTeams teams;

    PatrolTeamController(RegisterPatrolTeam registerPatrolTeam, PatrolTeams teams) {
        this.registerPatrolTeam = registerPatrolTeam;
        this.teams = teams;
    }

    @PostMapping
    @Operation(summary = "Register a patrol team",
            description = "Registers a volunteer joint patrol team with the grid blocks contracted to it. "
                    + "PatrolTeamRegistered is published on patrol.events. Team names are unique, case ignored.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new team")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (e.g. a malformed grid block id)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Another team already has this name",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = NAME_TAKEN_EXAMPLE)))
    ResponseEntity<PatrolTeamView> register(@Valid @RequestBody RegisterPatrolTeamRequest request) {
        PatrolTeam team = registerPatrolTeam.register(new RegisterPatrolTeam.Registration(request.name(), request.type(),
                request.gridBlockIds(), request.memberCount()));
        return ResponseEntity.created(URI.create("/api/v1/patrol-teams/" + team.id())).body(PatrolTeamView.of(team));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one patrol team")
    @ApiResponse(responseCode = "200", description = "The team")
    @ApiResponse(responseCode = "404", description = "No such team", content = @Content(mediaType = "application/problem+json"))
    PatrolTeamView get(@PathVariable String id) {
        return teams.find(id).map(PatrolTeamView::of).orElseThrow(() -> new NotFoundException("patrol team", id));
    }

    @GetMapping
    @Operation(summary = "List patrol teams", description = "By name (case ignored); every filter is optional.")
    @ApiResponse(responseCode = "200", description = "One page of teams")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid",
            content = @Content(mediaType = "application/problem+json"))
    PageView<PatrolTeamView> list(@RequestParam(required = false) PatrolTeamType type,
                                  @Parameter(description = "Only teams contracted this grid block", example = "GB-101")
                                  @RequestParam(required = false)
                                  @Pattern(regexp = PatrolTeam.GRID_BLOCK_ID_PATTERN) String gridBlockId,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PatrolTeamPage found = teams.search(new PatrolTeamFilter(type, gridBlockId), page, size);
        return PageView.of(found.items().stream().map(PatrolTeamView::of).toList(), found.page(), found.size(),
                found.totalItems());
    }
}
