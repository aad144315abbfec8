package org.fengqiao.dispute.directory.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A unit the community police keep contact with: a construction unit of a building project
 * (developer, general contractor, subcontractor) or another unit of a trade (estate management, a
 * market, a village committee). The PREVENTION layer checks each construction unit's contingency
 * plans; at SOURCE_RESOLUTION the unit itself settles a dispute, guided by its community officer.
 *
 * @param project the building project of a construction unit, {@code null} for other units
 */
public record Unit(String id, String name, UnitKind kind, String project, String gridCellId, List<ContingencyPlan> contingencyPlans) {

    /** The plans the article says each construction unit must have of its own. */
    public static final Set<PlanKind> REQUIRED_PLANS = EnumSet.allOf(PlanKind.class);

    public Unit {
        contingencyPlans = contingencyPlans == null ? List.of() : List.copyOf(contingencyPlans);
    }

    public boolean isConstructionUnit() {
        return kind.isConstruction();
    }

    /** The plans a construction unit still lacks; none for other units. */
    public Set<PlanKind> missingPlans() {
        if (!isConstructionUnit()) {
            return Set.of();
        }
        Set<PlanKind> missing = EnumSet.copyOf(REQUIRED_PLANS);
        contingencyPlans.forEach(plan -> missing.remove(plan.kind()));
        return missing;
    }

    /** A contingency plan on file, approved on a day. */
    public record ContingencyPlan(PlanKind kind, LocalDate approvedOn) {
    }

    public enum PlanKind {
        SAFE_PRODUCTION, EMERGENCY, MAJOR_DISPUTE
    }

    public enum UnitKind {
        DEVELOPER, GENERAL_CONTRACTOR, SUBCONTRACTOR,
        ESTATE_MANAGEMENT, VILLAGE_COMMITTEE, MARKET_MANAGEMENT, LANDLORDS_ASSOCIATION, CAMPUS, COMMUNITY_ORGANISATION;

        public boolean isConstruction() {
            return this == DEVELOPER || this == GENERAL_CONTRACTOR || this == SUBCONTRACTOR;
        }
    }
}
