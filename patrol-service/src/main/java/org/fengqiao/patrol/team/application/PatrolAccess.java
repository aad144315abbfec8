package org.fengqiao.patrol.team.application;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.security.NotPermittedException;
import org.fengqiao.security.Caller;

/**
 * The rules on the person in patrol-service: a patrol volunteer acts for their own team and as
 * themselves, and reads their own team's shifts and the incidents their team is on; station
 * staff (police, community officers, operators) are not tied to a team.
 */
public final class PatrolAccess {

    /** A volunteer names only their own team. */
    public static void requireOwnTeam(Caller caller, String teamId) {
        if (isVolunteer(caller) && !teamId.equals(caller.team())) {
            throw new NotPermittedException("teamId", caller.id() + " is a member of " + caller.team() + ", not of " + teamId);
        }
    }

    /** Station staff and systems read any incident; a volunteer only one their team reported or was alerted to. */
    public static void requireMayRead(Caller caller, String teamId, Iterable<String> neighbouringTeamIds) {
        if (!isVolunteer(caller) || caller.hasAny(Role.POLICE_OFFICER, Role.COMMUNITY_OFFICER, Role.OPERATOR, Role.MEDIATOR)
                || caller.hasScope(Scopes.PATROL_READ)) {
            return;
        }
        if (teamId.equals(caller.team())) {
            return;
        }
        for (String neighbour : neighbouringTeamIds) {
            if (neighbour.equals(caller.team())) {
                return;
            }
        }
        throw new NotPermittedException(null, "the incident does not concern " + caller.team());
    }

    private static boolean isVolunteer(Caller caller) {
        return caller.hasAny(Role.PATROL_LEADER, Role.PATROL_MEMBER)
                && !caller.hasAny(Role.POLICE_OFFICER, Role.COMMUNITY_OFFICER, Role.OPERATOR);
    }

    private PatrolAccess() {
    }
}
