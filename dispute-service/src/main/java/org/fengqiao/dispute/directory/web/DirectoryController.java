package org.fengqiao.dispute.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fengqiao.dispute.directory.model.Department;
import org.fengqiao.dispute.directory.model.InformationInvestigator;
import org.fengqiao.dispute.directory.model.MediationTeamMember;
import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.directory.model.Unit;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.web.PageView;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who does the dispute work: read-only, from the station directory's seed. */
@RestController
@Validated
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory", description = "Units, information investigators, the professional mediation team and departments")
class DirectoryController {

    private final StationDirectory directory;

    DirectoryController(StationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units")
    @Operation(summary = "Units the community police keep contact with",
            description = "Construction units (with their contingency plans) and the other units that settle disputes at the source.")
    List<Unit> units(@Parameter(example = "GC-103") @RequestParam(required = false) String gridCellId,
                     @Parameter(description = "only construction units lacking a required contingency plan")
                     @RequestParam(defaultValue = "false") boolean missingPlans) {
        return directory.units().stream()
                .filter(unit -> gridCellId == null || unit.gridCellId().equals(gridCellId))
                .filter(unit -> !missingPlans || !unit.missingPlans().isEmpty())
                .toList();
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "One unit")
    Unit unit(@PathVariable String id) {
        return directory.unit(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    @GetMapping("/information-investigators")
    @Operation(summary = "The INFORMATION layer's investigators", description = "Grid workers and site safety officers, by id.")
    PageView<InformationInvestigator> investigators(@Parameter(example = "GC-103") @RequestParam(required = false) String gridCellId,
                                                    @Parameter(example = "SU-0103") @RequestParam(required = false) String unitId,
                                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<InformationInvestigator> found = directory.investigators().stream()
                .filter(person -> gridCellId == null || person.gridCellId().equals(gridCellId))
                .filter(person -> unitId == null || unitId.equals(person.unitId()))
                .toList();
        List<InformationInvestigator> slice = found.stream().skip((long) page * size).limit(size).toList();
        return PageView.of(slice, page, size, found.size());
    }

    @GetMapping("/mediation-team")
    @Operation(summary = "The professional mediation team")
    List<MediationTeamMember> mediationTeam() {
        return directory.mediationTeam();
    }

    @GetMapping("/departments")
    @Operation(summary = "Government departments joint mediation may invite")
    List<Department> departments() {
        return directory.departments();
    }
}
