package org.fengqiao.dispute.directory.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.events.dispute.DisputeLayer;

/**
 * Who does the station's dispute work, layer by layer: the units of PREVENTION and
 * SOURCE_RESOLUTION, the INFORMATION layer's investigators, the professional mediation team and the
 * departments of joint mediation. Community officers and grid cells come from the grid directory;
 * this directory answers who may be contracted (包干) a dispute at a layer.
 */
public final class StationDirectory {

    private final Map<String, Unit> units;
    private final Map<String, InformationInvestigator> investigators;
    private final Map<String, MediationTeamMember> mediationTeam;
    private final Map<String, Department> departments;
    private final Set<String> communityOfficers;

    public StationDirectory(List<Unit> units, List<InformationInvestigator> investigators, List<MediationTeamMember> mediationTeam,
                            List<Department> departments, Set<String> communityOfficerIds) {
        this.units = byId(units, Unit::id);
        this.investigators = byId(investigators, InformationInvestigator::id);
        this.mediationTeam = byId(mediationTeam, MediationTeamMember::id);
        this.departments = byId(departments, Department::id);
        this.communityOfficers = Set.copyOf(communityOfficerIds);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().sorted(Comparator.comparing(id))
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("the directory names " + id.apply(a) + " twice");
                }, LinkedHashMap::new));
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public List<InformationInvestigator> investigators() {
        return List.copyOf(investigators.values());
    }

    public Optional<InformationInvestigator> investigator(String id) {
        return Optional.ofNullable(investigators.get(id));
    }

    public List<MediationTeamMember> mediationTeam() {
        return List.copyOf(mediationTeam.values());
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public Optional<Department> department(String id) {
        return Optional.ofNullable(departments.get(id));
    }

    /**
     * Whether a dispute at this layer may be contracted to this id: at SOURCE_RESOLUTION a unit
     * (the trade settles it itself) or a community officer; at PROFESSIONAL_MEDIATION and
     * JOINT_MEDIATION a member of the professional mediation team or a community officer.
     */
    public boolean mayBeContracted(DisputeLayer layer, String id) {
        boolean officer = communityOfficers.contains(id);
        return switch (layer) {
            case SOURCE_RESOLUTION -> officer || units.containsKey(id);
            case PROFESSIONAL_MEDIATION, JOINT_MEDIATION -> officer || mediationTeam.containsKey(id);
            default -> false;
        };
    }

    /** Says in words who {@link #mayBeContracted} allows, for a refusal. */
    public static String whoMayBeContracted(DisputeLayer layer) {
        return switch (layer) {
            case SOURCE_RESOLUTION -> "a unit of the directory (SU-...) or a community officer";
            case PROFESSIONAL_MEDIATION, JOINT_MEDIATION -> "a member of the professional mediation team (PM-..) or a community officer";
            default -> "nobody: a dispute is contracted only at SOURCE_RESOLUTION, PROFESSIONAL_MEDIATION or JOINT_MEDIATION";
        };
    }
}
