package org.fengqiao.kit.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.kit.seed.SeedFiles;

/**
 * The station's grid: its grid cells and the community officer responsible for each. This is the
 * made-up seed every service starts from (the real one would come from the district's grid
 * system); each service keeps what it needs of it in its own store.
 */
public final class GridDirectory {

    /** One grid cell of the district. */
    public record GridCell(String id, String name, String community, String communityOfficerId) {
    }

    /** A community officer (社区民警). */
    public record CommunityOfficer(String id, String name, String email, String language) {
    }

    private record Seed(List<GridCell> gridCells, List<CommunityOfficer> communityOfficers) {
    }

    private static final String RESOURCE = "/org/fengqiao/kit/directory/grid-directory.json";

    private final Map<String, GridCell> cells;
    private final Map<String, CommunityOfficer> officers;

    private GridDirectory(Seed seed) {
        this.cells = seed.gridCells().stream().collect(Collectors.toUnmodifiableMap(GridCell::id, Function.identity()));
        this.officers = seed.communityOfficers().stream()
                .collect(Collectors.toUnmodifiableMap(CommunityOfficer::id, Function.identity()));
    }

    /** The seeded, made-up directory. */
    public static GridDirectory seeded() {
        return new GridDirectory(SeedFiles.read(RESOURCE, Seed.class));
    }

    public Optional<GridCell> gridCell(String id) {
        return Optional.ofNullable(cells.get(id));
    }

    public Optional<CommunityOfficer> officerOf(String gridCellId) {
        return gridCell(gridCellId).map(cell -> officers.get(cell.communityOfficerId()));
    }

    public List<CommunityOfficer> communityOfficers() {
        return officers.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public List<GridCell> gridCells() {
        return cells.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
