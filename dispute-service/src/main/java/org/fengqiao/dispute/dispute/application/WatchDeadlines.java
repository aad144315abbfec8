package org.fengqiao.dispute.dispute.application;

import java.time.Clock;
import java.time.Instant;

import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Looks for open disputes whose deadline is near or past, announces it and escalates overdue
 * ones. Each dispute is claimed by its version-guarded write: when two replicas look at the same
 * dispute, only the first write succeeds and the other replica skips it, so no dispute is
 * escalated twice.
 */
@Service
public class WatchDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WatchDeadlines.class);

    private final Disputes disputes;
    private final DeadlinePolicy policy;
    private final InvitationPolicy invitations;
    private final Clock clock;

    public WatchDeadlines(Disputes disputes, DeadlinePolicy policy, InvitationPolicy invitations, Clock clock) {
        this.disputes = disputes;
        this.policy = policy;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** How long an invited department has before it is reminded, and before it is raised to the station. */
    public record InvitationPolicy(java.time.Duration remindAfter, java.time.Duration raiseAfter) {
    }

    @Scheduled(fixedDelayString = "${dispute.deadlines.check-interval:PT30S}", initialDelayString = "${dispute.deadlines.check-interval:PT30S}")
    public void run() {
        checkDue();
    }

    /** One pass; returns how many disputes this replica changed. */
    public int checkDue() {
        Instant now = clock.instant();
        int changed = 0;
        for (Dispute dispute : disputes.dueBefore(now.plus(policy.approachingBefore()), 200)) {
            if (dispute.checkDeadline(policy, now) && saved(dispute)) {
                changed++;
            }
        }
        for (Dispute dispute : disputes.withUnansweredInvitations(200)) {
            if (dispute.chaseInvitations(invitations.remindAfter(), invitations.raiseAfter(), now) && saved(dispute)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean saved(Dispute dispute) {
        try {
            disputes.save(dispute);
            return true;
        } catch (OptimisticLockingFailureException claimedElsewhere) {
            log.debug("dispute {} was changed by someone else meanwhile; skipped", dispute.id());
            return false;
        }
    }
}
