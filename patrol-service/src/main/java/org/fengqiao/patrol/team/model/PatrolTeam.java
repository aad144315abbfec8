package org.fengqiao.patrol.team.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.domain.RaisesEvents;

/**
 * A volunteer joint patrol team (群防联勤队) registered with the station: an estate's "red butler"
 * patrol, "blue shield" volunteer police, a village security team, campus guards, ... Each team is
 * contracted the grid blocks it patrols (分块包干). The aggregate registers the events its changes
 * raise; they are stored with it in one write and published from there.
 *
 * <p>Invariants: a team has a non-blank name of at most {@value #NAME_MAX_LENGTH} characters, a
 * type, between 1 and {@value #MEMBER_COUNT_MAX} members, and grid block ids of the form
 * {@value #GRID_BLOCK_ID_PATTERN}, each listed once. Names are unique across teams regardless of
 * case and spacing; {@link #nameKey()} is what is compared, the store keeps it unique.
 */
public final class PatrolTeam implements RaisesEvents<TeamChanged> {

    /** The longest name a team may have. */
    public static final int NAME_MAX_LENGTH = 200;
    /** The most members a team may have at registration. */
    public static final int MEMBER_COUNT_MAX = 500;
    /** What a grid block id looks like, e.g. {@code GB-101}. */
    public static final String GRID_BLOCK_ID_PATTERN = "GB-\\d{3}";

    private static final Pattern GRID_BLOCK_ID = Pattern.compile(GRID_BLOCK_ID_PATTERN);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String id;
    private final String name;
    private final PatrolTeamType type;
    private final List<String> gridBlockIds;
    private final int memberCount;
    private final Instant registeredAt;
    private final Long version;
    private final List<TeamChanged> raised = new ArrayList<>();

    private PatrolTeam(String id, String name, PatrolTeamType type, List<String> gridBlockIds, int memberCount,
                       Instant registeredAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name").strip();
        if (this.name.isEmpty() || this.name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a patrol team's name has 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.type = Objects.requireNonNull(type, "type");
        this.gridBlockIds = List.copyOf(new LinkedHashSet<>(gridBlockIds == null ? List.of() : gridBlockIds));
        for (String gridBlockId : this.gridBlockIds) {
            if (!GRID_BLOCK_ID.matcher(gridBlockId).matches()) {
                throw new IllegalArgumentException("not a grid block id: '" + gridBlockId + "'");
            }
        }
        if (memberCount < 1 || memberCount > MEMBER_COUNT_MAX) {
            throw new IllegalArgumentException("a patrol team has 1 to " + MEMBER_COUNT_MAX + " members");
        }
        this.memberCount = memberCount;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.version = version;
    }

    /**
     * A team registers with the station, with the grid blocks contracted to it (possibly none yet);
     * {@link TeamChanged.PatrolTeamRegistered} is raised. A block listed twice is kept once.
     */
    public static PatrolTeam register(String id, String name, PatrolTeamType type, List<String> gridBlockIds,
                                      int memberCount, Instant now) {
        PatrolTeam team = new PatrolTeam(id, name, type, gridBlockIds, memberCount, now, null);
        team.raised.add(new TeamChanged.PatrolTeamRegistered(id, team.name, type, team.gridBlockIds, memberCount, now));
        return team;
    }

    /** Rebuilds a stored team; raises nothing. */
    public static PatrolTeam restore(String id, String name, PatrolTeamType type, List<String> gridBlockIds,
                                     int memberCount, Instant registeredAt, Long version) {
        return new PatrolTeam(id, name, type, gridBlockIds, memberCount, registeredAt, version);
    }

    /**
     * What makes two team names the same name: case and runs of white space do not count, so
     * "Maple Court Red Butler Patrol" and "maple court  red butler patrol" are one name.
     */
    public static String nameKey(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** This team's {@link #nameKey(String) name key}. */
    public String nameKey() {
        return nameKey(name);
    }

    @Override
    public List<TeamChanged> raisedEvents() {
        return List.copyOf(raised);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PatrolTeamType type() {
        return type;
    }

    public List<String> gridBlockIds() {
        return gridBlockIds;
    }

    public int memberCount() {
        return memberCount;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}
