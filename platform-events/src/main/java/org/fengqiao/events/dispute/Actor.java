package org.fengqiao.events.dispute;

import org.fengqiao.events.Require;

/**
 * Who did something to a dispute.
 *
 * @param personId the person's (or desk's, or {@code system}'s) id in the station's directory
 * @param role     in which capacity, e.g. {@code COMMUNITY_OFFICER}, {@code MEDIATOR}, {@code SYSTEM}
 */
public record Actor(String personId, String role) {

    /** The platform itself, e.g. when a passed deadline escalates a case. */
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");

    public Actor {
        Require.text(personId, "actor.personId");
        Require.text(role, "actor.role");
    }
}
