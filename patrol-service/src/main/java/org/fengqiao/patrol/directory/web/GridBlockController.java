package org.fengqiao.patrol.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.directory.model.TeamRoster;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The grid blocks with their checkpoints and neighbours, and the seeded teams' members and schedules. */
@RestController
@Tag(name = "Grid blocks", description = "Blocks, checkpoints, neighbours; team rosters and schedules")
class GridBlockController {

    private final PatrolDirectory directory;

    GridBlockController(PatrolDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/grid-blocks")
    @Operation(summary = "Grid blocks, by grid cell if asked")
    List<GridBlock> blocks(@RequestParam(required = false) String gridCellId) {
        return directory.blocks().stream().filter(b -> gridCellId == null || b.gridCellId().equals(gridCellId)).toList();
    }

    @GetMapping("/api/v1/grid-blocks/{id}")
    @Operation(summary = "One grid block")
    GridBlock block(@PathVariable String id) {
        return directory.block(id).orElseThrow(() -> new NotFoundException("grid block", id));
    }

    @GetMapping("/api/v1/patrol-teams/{teamId}/roster")
    @Operation(summary = "A team's members with their roles, and its planned schedule")
    TeamRoster roster(@PathVariable String teamId) {
        return directory.roster(teamId).orElseThrow(() -> new NotFoundException("team roster", teamId));
    }
}
