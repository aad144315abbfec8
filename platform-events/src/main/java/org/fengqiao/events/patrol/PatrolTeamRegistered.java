package org.fengqiao.events.patrol;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A volunteer joint patrol team was registered with the station, with the grid blocks contracted
 * to it. Emitted once per team.
 *
 * <p>Since v1.
 *
 * @param teamId       the team's id
 * @param name         its public name
 * @param type         what kind of team it is
 * @param gridBlockIds the grid blocks contracted to it (may be empty until blocks are assigned)
 * @param memberCount  number of members at registration
 * @param registeredAt when it was registered
 */
public record PatrolTeamRegistered(String teamId, String name, PatrolTeamType type, List<String> gridBlockIds,
                                   int memberCount, Instant registeredAt) implements PatrolEvent {

    public PatrolTeamRegistered {
        Require.text(teamId, "teamId");
        Require.text(name, "name");
        Require.present(type, "type");
        gridBlockIds = Require.listOrEmpty(gridBlockIds);
        Require.atLeast(memberCount, 1, "memberCount");
        Require.present(registeredAt, "registeredAt");
    }

    @Override
    public String aggregateId() {
        return teamId;
    }

    @Override
    public Instant occurredAt() {
        return registeredAt;
    }
}
