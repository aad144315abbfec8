package org.fengqiao.dispute.dispute.application;

import java.util.Optional;

import org.fengqiao.dispute.dispute.model.Dispute;

/**
 * Where disputes are kept. Saving a dispute also stores the events it raised, in the same write,
 * and files when it next needs a look ({@link Dispute#nextCheckAt}), for {@link #dueBetween}.
 */
public interface Disputes {

    Dispute save(Dispute dispute);

    Optional<Dispute> find(String id);

    DisputePage search(DisputeFilter filter, int page, int size);

    /**
     * The ids of disputes filed as needing a look (a deadline near or past, an invitation to chase)
     * at some moment in the minutes from {@code from}'s to {@code to}'s; found by key. A hint: the
     * dispute itself says whether anything is still due.
     */
    java.util.List<String> dueBetween(java.time.Instant from, java.time.Instant to);

    /** Open disputes whose deadline is at or before {@code instant}, soonest first; a scan, for a watcher's first look only. */
    java.util.List<Dispute> dueBefore(java.time.Instant instant, int limit);

    /** Open disputes at joint mediation with an invitation not yet acknowledged nor raised; a scan, for a watcher's first look only. */
    java.util.List<Dispute> withUnansweredInvitations(int limit);
}
