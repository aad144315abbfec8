package org.fengqiao.patrol.directory.application;

import java.time.Clock;

import org.fengqiao.kit.seed.Seed;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the seeded teams the store does not hold yet, under their fixed ids (PT-01 ... PT-68);
 * each registration publishes {@code PatrolTeamRegistered} like any other.
 */
@Component
class SeedTeams implements Seed {

    private static final Logger log = LoggerFactory.getLogger(SeedTeams.class);

    private final DirectorySeed.Seed seed;
    private final PatrolTeams teams;
    private final Clock clock;

    SeedTeams(DirectorySeed.Seed seed, PatrolTeams teams, Clock clock) {
        this.seed = seed;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public void seed() {
        int added = 0;
        for (DirectorySeed.SeedTeam team : seed.teams()) {
            if (teams.find(team.id()).isEmpty()) {
                teams.save(PatrolTeam.register(team.id(), team.name(), team.type(), team.gridBlockIds(), team.members().size(),
                        clock.instant()));
                added++;
            }
        }
        log.info("patrol directory: {} blocks, {} seeded teams ({} registered now)", seed.blocks().size(), seed.teams().size(), added);
    }
}
