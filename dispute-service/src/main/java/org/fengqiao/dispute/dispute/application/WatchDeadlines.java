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
    private final Clock clock;

    public WatchDeadlines(Disputes disputes, DeadlinePolicy policy, Clock clock) {
        this.disputes = disputes;
        this.policy = policy;
        this.clock = clock;
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
            if (dispute.checkDeadline(policy, now)) {
                try {
                    disputes.save(dispute);
                    changed++;
                } catch (OptimisticLockingFailureException claimedElsewhere) {
                    log.debug("dispute {} was changed by someone else meanwhile; skipped", dispute.id());
                }
            }
        }
        return changed;
    }
}
