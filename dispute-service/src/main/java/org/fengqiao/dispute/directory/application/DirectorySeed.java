package org.fengqiao.dispute.directory.application;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.fengqiao.dispute.directory.model.Department;
import org.fengqiao.dispute.directory.model.InformationInvestigator;
import org.fengqiao.dispute.directory.model.MediationTeamMember;
import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.directory.model.Unit;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.seed.SeedFiles;

/**
 * Reads the station directory from its seed file (made up for the demo; a deployment replaces the
 * file with its own) and checks that every grid cell and unit it names exists.
 */
public final class DirectorySeed {

    static final String RESOURCE = "/org/fengqiao/dispute/directory/station-directory.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Seed(List<Unit> units, List<InformationInvestigator> informationInvestigators, List<MediationTeamMember> mediationTeam,
                List<Department> departments) {
    }

    private DirectorySeed() {
    }

    public static StationDirectory load(GridDirectory grid) {
        Seed seed = SeedFiles.read(RESOURCE, Seed.class);
        var officers = grid.gridCells().stream().map(GridDirectory.GridCell::communityOfficerId).collect(Collectors.toSet());
        StationDirectory directory = new StationDirectory(seed.units(), seed.informationInvestigators(), seed.mediationTeam(),
                seed.departments(), officers);
        check(directory, grid);
        return directory;
    }

    private static void check(StationDirectory directory, GridDirectory grid) {
        directory.units().forEach(unit -> requireCell(grid, unit.gridCellId(), unit.id()));
        directory.investigators().forEach(investigator -> {
            requireCell(grid, investigator.gridCellId(), investigator.id());
            if (investigator.unitId() != null && directory.unit(investigator.unitId()).isEmpty()) {
                throw new IllegalStateException(investigator.id() + " belongs to unknown unit " + investigator.unitId());
            }
        });
    }

    private static void requireCell(GridDirectory grid, String gridCellId, String who) {
        if (grid.gridCell(gridCellId).isEmpty()) {
            throw new IllegalStateException(who + " is in unknown grid cell " + gridCellId);
        }
    }
}
