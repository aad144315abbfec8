package org.fengqiao.patrol.team.application;

import java.util.Optional;

import org.fengqiao.patrol.team.model.PatrolTeam;

/**
 * Where patrol teams are kept. Saving a team also stores the events it raised, in the same write.
 * The store keeps team names unique: saving a new team whose {@link PatrolTeam#nameKey() name key}
 * is taken throws {@link TeamNameTakenException} and writes nothing.
 */
public interface PatrolTeams {

    PatrolTeam save(PatrolTeam team);

    Optional<PatrolTeam> find(String id);

    boolean nameTaken(String nameKey);

    PatrolTeamPage search(PatrolTeamFilter filter, int page, int size);

    /** The teams contracted a grid block, by name; found by key (what runs per incident and per duty). */
    java.util.List<PatrolTeam> onBlock(String gridBlockId);
}
