package org.fengqiao.dispute.dispute.application;

import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.Invitation;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.security.NotPermittedException;
import org.fengqiao.security.Caller;
import org.springframework.stereotype.Component;

/**
 * The rules on the person that the role matrix cannot decide alone, because they depend on the
 * dispute at hand: whose grid cell it is, to whom it is contracted, who reported it, which
 * departments are invited. Every refusal is a 403 naming {@code actor}.
 */
@Component
public class DisputeAccess {

    /** In which capacity a person acts, when they hold several roles: the first that applies. */
    private static final List<Role> CAPACITIES = List.of(Role.COMMUNITY_OFFICER, Role.POLICE_OFFICER, Role.MEDIATOR,
            Role.UNIT_MEDIATOR, Role.DEPARTMENT_LIAISON, Role.INFORMATION_INVESTIGATOR, Role.PATROL_LEADER, Role.PATROL_MEMBER,
            Role.OPERATOR, Role.RESIDENT);

    private final GridDirectory grid;

    public DisputeAccess(GridDirectory grid) {
        this.grid = grid;
    }

    /** The timeline's and the events' actor: the signed-in person, in the capacity of their role. */
    public static Actor actorOf(Caller caller) {
        String capacity = CAPACITIES.stream().filter(caller::has).map(Enum::name).findFirst()
                .orElse(caller.isSystem() ? "SYSTEM" : "OTHER");
        return new Actor(caller.id(), capacity);
    }

    /**
     * Who reports: the signed-in person, in the capacity their role gives; an outside system
     * reports for the reporter it names.
     */
    public static Reporter reporterOf(Caller caller, Reporter named) {
        if (caller.isSystem()) {
            if (named == null) {
                throw new InvalidFieldException("reporter", "a system reports on behalf of a reporter; name them");
            }
            return named;
        }
        caller.actingAs(named == null ? null : named.personId(), "reporter.personId");
        ReporterRole role;
        if (caller.has(Role.INFORMATION_INVESTIGATOR)) {
            role = named != null && named.role() == ReporterRole.GRID_WORKER ? ReporterRole.GRID_WORKER : ReporterRole.INFORMATION_INVESTIGATOR;
        } else if (caller.has(Role.COMMUNITY_OFFICER)) {
            role = ReporterRole.COMMUNITY_OFFICER;
        } else if (caller.hasAny(Role.PATROL_LEADER, Role.PATROL_MEMBER)) {
            role = ReporterRole.PATROL_MEMBER;
        } else if (caller.has(Role.RESIDENT)) {
            role = ReporterRole.RESIDENT;
        } else {
            role = ReporterRole.OTHER;
        }
        return new Reporter(caller.id(), role);
    }

    /** Only the community officer of the dispute's grid cell. */
    public void requireCellOfficer(Caller caller, Dispute dispute) {
        if (!isCellOfficer(caller, dispute)) {
            throw new NotPermittedException("actor", "only the community officer of " + dispute.gridCellId() + " ("
                    + grid.officerOf(dispute.gridCellId()).map(GridDirectory.CommunityOfficer::id).orElse("none")
                    + ") may do this, not " + caller.id());
        }
    }

    /** The grid cell's community officer or the station police. */
    public void requireStation(Caller caller, Dispute dispute) {
        if (!isCellOfficer(caller, dispute) && !caller.has(Role.POLICE_OFFICER)) {
            throw new NotPermittedException("actor", "only the community officer of " + dispute.gridCellId()
                    + " or station police may do this, not " + caller.id());
        }
    }

    /** The grid cell's community officer, the station police, or the person the dispute is contracted to. */
    public void requireStationOrAssignee(Caller caller, Dispute dispute) {
        if (!isCellOfficer(caller, dispute) && !caller.has(Role.POLICE_OFFICER) && !caller.id().equals(dispute.assigneeId())) {
            throw new NotPermittedException("actor", caller.id() + " is neither the community officer of " + dispute.gridCellId()
                    + ", station police, nor the person this dispute is contracted to (" + dispute.assigneeId() + ")");
        }
    }

    /** Only the person the dispute is contracted to. */
    public static void requireAssignee(Caller caller, Dispute dispute) {
        if (!caller.id().equals(dispute.assigneeId())) {
            throw new NotPermittedException("actor", caller.id() + " is not the person this dispute is contracted to ("
                    + dispute.assigneeId() + ")");
        }
    }

    /** Only the liaison of an invited department acknowledges for it. */
    public void requireLiaisonOf(Caller caller, String departmentId) {
        if (!caller.has(Role.DEPARTMENT_LIAISON) || !departmentId.equals(caller.department())) {
            throw new NotPermittedException("departmentId", caller.id() + " is not the liaison of " + departmentId);
        }
    }

    /**
     * Station staff (and systems allowed to read disputes) read any dispute; anyone else only one
     * they reported, are contracted to, or whose department is invited.
     */
    public void requireMayRead(Caller caller, Dispute dispute) {
        boolean station = caller.hasAny(Role.COMMUNITY_OFFICER, Role.POLICE_OFFICER, Role.MEDIATOR, Role.OPERATOR)
                || caller.hasScope(Scopes.DISPUTES_READ);
        boolean involved = caller.id().equals(dispute.reporter().personId()) || caller.id().equals(dispute.assigneeId())
                || (caller.department() != null && dispute.invitations().stream().map(Invitation::departmentId)
                        .anyMatch(caller.department()::equals));
        if (!station && !involved) {
            throw new NotPermittedException(null, caller.id() + " has no part in dispute " + dispute.id());
        }
    }

    private boolean isCellOfficer(Caller caller, Dispute dispute) {
        return caller.has(Role.COMMUNITY_OFFICER) && grid.officerOf(dispute.gridCellId())
                .map(officer -> officer.id().equals(caller.id())).orElse(false);
    }
}
