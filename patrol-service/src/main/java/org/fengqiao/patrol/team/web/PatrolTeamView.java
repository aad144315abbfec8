package org.fengqiao.patrol.team.web;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.patrol.team.model.PatrolTeam;

/** A patrol team as the API shows it. {@code version} is what a later change must quote. */
public record PatrolTeamView(String id, String name, PatrolTeamType type, List<String> gridBlockIds, int memberCount,
                             Instant registeredAt, long version) {

    static PatrolTeamView of(PatrolTeam team) {
        return new PatrolTeamView(team.id(), team.name(), team.type(), team.gridBlockIds(), team.memberCount(),
                team.registeredAt(), team.version() == null ? 0 : team.version());
    }
}
