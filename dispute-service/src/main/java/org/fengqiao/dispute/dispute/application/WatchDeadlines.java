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
 * ones, and chases invited departments that do not answer. Each dispute is claimed by its
 * version-guarded write: when two replicas look at the same dispute, only the first write
 * succeeds and the other replica skips it, so no dispute is escalated twice.
 *
 * <p>It finds them by key: every save files when the dispute next needs a look
 * ({@link Disputes#dueBetween}), and each pass reads the minutes since the last one, so a pass
 * costs the same with a hundred disputes stored or a hundred thousand. Its first pass after a
 * start also looks back over the last {@link #FIRST_LOOK_BACK} and sweeps the disputes
 * themselves once (bounded), for what was filed while it was down or before it filed anything.
 */
@Service
public class WatchDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WatchDeadlines.class);

    private final Disputes disputes;
    private final DeadlinePolicy policy;
    private final InvitationPolicy invitations;
    private final Clock clock;
    static final java.time.Duration FIRST_LOOK_BACK = java.time.Duration.ofDays(30);
    private final org.fengqiao.kit.persistence.DueWatch watch = new org.fengqiao.kit.persistence.DueWatch(FIRST_LOOK_BACK);

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
        java.util.Set<String> due = watch.due(now, () -> java.util.stream.Stream.concat(
                disputes.dueBefore(now.plus(policy.approachingBefore()), 200).stream(),
                disputes.withUnansweredInvitations(200).stream()).map(Dispute::id).toList(), disputes::dueBetween);
        int changed = 0;
        for (String id : due) {
            Dispute dispute = disputes.find(id).orElse(null);
            if (dispute == null) {
                continue;
            }
            boolean deadline = dispute.checkDeadline(policy, now);
            boolean chased = dispute.chaseInvitations(invitations.remindAfter(), invitations.raiseAfter(), now);
            if ((deadline || chased) && saved(dispute)) {
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
