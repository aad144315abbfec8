package org.fengqiao.dispute.dispute.application;

import java.util.Optional;

import org.fengqiao.dispute.dispute.model.Dispute;

/** Where disputes are kept. Saving a dispute also stores the events it raised, in the same write. */
public interface Disputes {

    Dispute save(Dispute dispute);

    Optional<Dispute> find(String id);

    DisputePage search(DisputeFilter filter, int page, int size);

    /** Open disputes whose deadline is at or before {@code instant}, soonest first. */
    java.util.List<Dispute> dueBefore(java.time.Instant instant, int limit);

    /** Open disputes at joint mediation with an invitation not yet acknowledged nor raised. */
    java.util.List<Dispute> withUnansweredInvitations(int limit);
}
