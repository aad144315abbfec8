package org.fengqiao.patrol.directory.model;

import java.util.List;
import java.util.Optional;

/**
 * A grid block (分块): part of a grid cell, contracted to a patrol team, with the checkpoints its
 * patrols check in at and the blocks around it.
 */
public record GridBlock(String id, String gridCellId, String name, List<Checkpoint> checkpoints, List<String> neighbours) {

    public GridBlock {
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        neighbours = neighbours == null ? List.of() : List.copyOf(neighbours);
    }

    public Optional<Checkpoint> checkpoint(String checkpointId) {
        return checkpoints.stream().filter(c -> c.id().equals(checkpointId)).findFirst();
    }
}
