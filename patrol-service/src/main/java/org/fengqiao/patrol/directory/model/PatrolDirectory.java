package org.fengqiao.patrol.directory.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's grid blocks and the seeded teams' rosters and schedules. Which team a block is
 * contracted to is the teams' business (a team registers with its blocks); this directory knows
 * the blocks themselves.
 */
public final class PatrolDirectory {

    private final Map<String, GridBlock> blocks;
    private final Map<String, TeamRoster> rosters;

    public PatrolDirectory(List<GridBlock> blocks, List<TeamRoster> rosters) {
        this.blocks = blocks.stream().sorted(Comparator.comparing(GridBlock::id))
                .collect(Collectors.toMap(GridBlock::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.rosters = rosters.stream().collect(Collectors.toMap(TeamRoster::teamId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<GridBlock> blocks() {
        return List.copyOf(blocks.values());
    }

    public Optional<GridBlock> block(String id) {
        return Optional.ofNullable(blocks.get(id));
    }

    public Optional<TeamRoster> roster(String teamId) {
        return Optional.ofNullable(rosters.get(teamId));
    }

    public List<TeamRoster> rosters() {
        return List.copyOf(rosters.values());
    }

    /**
     * The block taken to hold a dispute's site in a grid cell: the cell's first block. Dispute
     * sites carry no map position yet, so a site is placed in its cell's first block.
     */
    public Optional<GridBlock> siteBlockOf(String gridCellId) {
        return blocks.values().stream().filter(b -> b.gridCellId().equals(gridCellId)).findFirst();
    }

    /** The block a checkpoint belongs to. */
    public Optional<GridBlock> blockOfCheckpoint(String checkpointId) {
        return blocks.values().stream().filter(b -> b.checkpoint(checkpointId).isPresent()).findFirst();
    }
}
