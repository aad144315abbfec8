package org.fengqiao.dispute.dispute.model;

/** Where a dispute stands in its lifecycle. */
public enum DisputeStatus {
    /** Reported and waiting for its community officer to triage it. */
    REPORTED
}
