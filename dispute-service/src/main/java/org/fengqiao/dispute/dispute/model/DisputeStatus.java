package org.fengqiao.dispute.dispute.model;

/** Where a dispute stands in its lifecycle. */
public enum DisputeStatus {
    /** Reported and waiting for its community officer to triage it. */
    REPORTED,
    /** Being handled at its current layer (assigned or waiting to be). */
    OPEN,
    /** Waiting on a party; the layer's deadline clock is paused. */
    AWAITING_PARTY,
    /** Settled with an agreement. */
    RESOLVED,
    /** Ended without an agreement: withdrawn, referred to court or petitioned. */
    CLOSED;

    public boolean isConcluded() {
        return this == RESOLVED || this == CLOSED;
    }
}
