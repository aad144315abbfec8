package org.fengqiao.events.access;

/** Who a token speaks for ({@value TokenClaims#KIND}): a kind of person, or an outside system. */
public enum PersonKind {
    /** Station police: community officers and the police on duty. */
    POLICE,
    /** Grid workers and site safety officers. */
    INFORMATION_INVESTIGATOR,
    /** Professional mediation team members. */
    MEDIATOR,
    /** A construction unit or trade, signed in by its mediation contact. */
    UNIT,
    /** A government department's liaison. */
    DEPARTMENT_LIAISON,
    /** A volunteer patrol team's leader or member. */
    PATROL_VOLUNTEER,
    /** Station staff at a desk, and the operations team. */
    STAFF,
    /** A resident. */
    RESIDENT,
    /** An outside system (client credentials); it acts only within its scopes. */
    SYSTEM
}
