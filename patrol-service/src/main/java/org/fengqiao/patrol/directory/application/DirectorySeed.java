package org.fengqiao.patrol.directory.application;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.seed.SeedFiles;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.directory.model.TeamRoster;

/**
 * The made-up patrol directory (grid blocks, and the 68 teams with their members, blocks and
 * schedules) from {@code patrol-directory.json}; a deployment replaces the file with its own.
 */
public final class DirectorySeed {

    private static final String RESOURCE = "/org/fengqiao/patrol/directory/patrol-directory.json";

    /** A seeded team as the file gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeedTeam(String id, String name, PatrolTeamType type, List<String> gridBlockIds, List<TeamRoster.Member> members,
                           SeedSchedule schedule) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeedSchedule(String start, String end, String zone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seed(List<GridBlock> blocks, List<SeedTeam> teams) {

        public PatrolDirectory directory() {
            return new PatrolDirectory(blocks, teams.stream().map(t -> new TeamRoster(t.id(), t.members(),
                    new TeamRoster.Schedule(LocalTime.parse(t.schedule().start()), LocalTime.parse(t.schedule().end()),
                            ZoneId.of(t.schedule().zone())))).toList());
        }
    }

    private DirectorySeed() {
    }

    public static Seed load() {
        return SeedFiles.read(RESOURCE, Seed.class);
    }
}
