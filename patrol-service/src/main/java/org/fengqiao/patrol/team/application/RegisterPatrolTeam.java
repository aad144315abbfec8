package org.fengqiao.patrol.team.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.springframework.stereotype.Service;

/**
 * A volunteer joint patrol team registers with the station (one of the "software linkage" teams),
 * with the grid blocks contracted to it. A name already taken by another team is refused.
 */
@Service
public class RegisterPatrolTeam {

    /** What the team tells about itself. */
    public record Registration(String name, PatrolTeamType type, List<String> gridBlockIds, int memberCount) {
    }

    private final PatrolTeams teams;
    private final Clock clock;

    public RegisterPatrolTeam(PatrolTeams teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Registers the team and raises {@code PatrolTeamRegistered}.
     *
     * @throws TeamNameTakenException when another team has the same name (case and spacing ignored)
     */
    public PatrolTeam register(Registration registration) {
        if (teams.nameTaken(PatrolTeam.nameKey(registration.name()))) {
            throw new TeamNameTakenException(registration.name().strip());
        }
        PatrolTeam team = PatrolTeam.register(UUID.randomUUID().toString(), registration.name(), registration.type(),
                registration.gridBlockIds(), registration.memberCount(), clock.instant());
        return teams.save(team);
    }
}
