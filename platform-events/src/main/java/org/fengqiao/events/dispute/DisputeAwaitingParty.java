package org.fengqiao.events.dispute;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The dispute waits on a party (e.g. a developer gathering funds); its deadline clock is paused
 * until {@link DisputeResumed}.
 *
 * <p>Since v1.
 */
public record DisputeAwaitingParty(String disputeId, Actor actor, String reason, Instant since) implements DisputeEvent {

    public DisputeAwaitingParty {
        Require.text(disputeId, "disputeId");
        Require.present(actor, "actor");
        Require.text(reason, "reason");
        Require.present(since, "since");
    }

    @Override
    public Instant occurredAt() {
        return since;
    }
}
