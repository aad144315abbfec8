package org.fengqiao.dispute.dispute.model;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.fengqiao.events.dispute.Actor;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * The government departments a dispute's joint mediation invited, in the order invited: each must
 * acknowledge; one that stays silent is reminded once and then raised to the station once. Part of
 * a {@link Dispute}, which decides when invitations may be made and chased and records the events
 * raised here.
 */
final class JointMediationInvitations {

    private final String disputeId;
    private final Map<String, Invitation> byDepartment = new LinkedHashMap<>();

    JointMediationInvitations(String disputeId, List<Invitation> stored) {
        this.disputeId = disputeId;
        if (stored != null) {
            stored.forEach(invitation -> byDepartment.put(invitation.departmentId(), invitation));
        }
    }

    /** Invites each department not invited yet. */
    void invite(List<String> departmentIds, Actor actor, Instant now, Consumer<DisputeChanged> raise) {
        for (String department : departmentIds) {
            if (!byDepartment.containsKey(department)) {
                byDepartment.put(department, new Invitation(department, now, null, null, null));
                raise.accept(new DisputeChanged.JointMediationInvited(disputeId, department, actor, now));
            }
        }
    }

    /** An invited department answers; answering twice changes nothing. */
    void acknowledge(String departmentId, Actor actor, Instant now, Consumer<DisputeChanged> raise) {
        Invitation invitation = byDepartment.get(departmentId);
        if (invitation == null) {
            throw new RuleViolatedException("departmentId", departmentId + " was not invited to this dispute's joint mediation");
        }
        if (!invitation.acknowledged()) {
            byDepartment.put(departmentId, new Invitation(departmentId, invitation.invitedAt(), now, invitation.remindedAt(),
                    invitation.raisedAt()));
            raise.accept(new DisputeChanged.JointMediationAcknowledged(disputeId, departmentId, actor, now));
        }
    }

    /**
     * Chases the silent ones: a reminder after {@code remindAfter}, then, after {@code raiseAfter},
     * the matter raised to the station; each once per invitation. Returns whether anything changed.
     */
    boolean chase(String gridCellId, Duration remindAfter, Duration raiseAfter, Instant now, Consumer<DisputeChanged> raise) {
        boolean changed = false;
        for (Invitation invitation : List.copyOf(byDepartment.values())) {
            if (!unanswered(invitation)) {
                continue;
            }
            if (!now.isBefore(invitation.invitedAt().plus(raiseAfter))) {
                byDepartment.put(invitation.departmentId(), new Invitation(invitation.departmentId(), invitation.invitedAt(), null,
                        invitation.remindedAt(), now));
                raise.accept(new DisputeChanged.JointMediationUnanswered(disputeId, gridCellId, invitation.departmentId(), invitation.invitedAt(), now));
                changed = true;
            } else if (invitation.remindedAt() == null && !now.isBefore(invitation.invitedAt().plus(remindAfter))) {
                byDepartment.put(invitation.departmentId(), new Invitation(invitation.departmentId(), invitation.invitedAt(), null,
                        now, null));
                raise.accept(new DisputeChanged.JointMediationReminded(disputeId, invitation.departmentId(), invitation.invitedAt(), now));
                changed = true;
            }
        }
        return changed;
    }

    /** Whether an invitation still waits for its answer and may need chasing. */
    boolean anyUnanswered() {
        return byDepartment.values().stream().anyMatch(JointMediationInvitations::unanswered);
    }

    /** When the next reminder or raise is due; empty when none will be. */
    Optional<Instant> nextChaseAt(Duration remindAfter, Duration raiseAfter) {
        return byDepartment.values().stream().filter(JointMediationInvitations::unanswered)
                .map(i -> i.remindedAt() == null ? i.invitedAt().plus(remindAfter) : i.invitedAt().plus(raiseAfter))
                .min(Instant::compareTo);
    }

    List<Invitation> all() {
        return List.copyOf(byDepartment.values());
    }

    private static boolean unanswered(Invitation invitation) {
        return !invitation.acknowledged() && invitation.raisedAt() == null;
    }
}
