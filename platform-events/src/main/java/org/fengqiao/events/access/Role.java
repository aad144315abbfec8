package org.fengqiao.events.access;

/**
 * What a person does at the station; a token lists one or more in its {@value TokenClaims#ROLES}
 * claim. The services decide every operation by these roles and, where the rules need it, by the
 * token's person (the grid cell's own community officer, a dispute's assignee, a resident's own
 * records).
 */
public enum Role {
    /** 社区民警: the police officer responsible for grid cells ({@value TokenClaims#GRID_CELLS}). */
    COMMUNITY_OFFICER,
    /** Station police (the police on duty, the police of the professional mediation layer). */
    POLICE_OFFICER,
    /** 信息排查员: grid workers and site safety officers who report disputes in their grid cell. */
    INFORMATION_INVESTIGATOR,
    /** A member of the professional mediation team (lawyers, judicial officers, community cadres). */
    MEDIATOR,
    /** The mediation contact of a construction unit or trade (source resolution); the person id is the unit's id. */
    UNIT_MEDIATOR,
    /** A government department's liaison for joint mediation ({@value TokenClaims#DEPARTMENT}). */
    DEPARTMENT_LIAISON,
    /** The leader of a volunteer patrol team ({@value TokenClaims#TEAM}). */
    PATROL_LEADER,
    /** A member of a volunteer patrol team ({@value TokenClaims#TEAM}). */
    PATROL_MEMBER,
    /** The household registration desk (户籍室): service requests, door-to-door service, personal data. */
    REGISTRATION_DESK,
    /** The anti-fraud desk (反诈专班). */
    ANTI_FRAUD_DESK,
    /** The operations team: routing rules, templates, rosters, recipients, dead letters, parked events, metrics. */
    OPERATOR,
    /** A resident using the residents' app; the person id is their {@code citizenRef}. */
    RESIDENT
}
