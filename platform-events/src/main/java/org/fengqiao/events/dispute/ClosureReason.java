package org.fengqiao.events.dispute;

/** Why a dispute was closed without an agreement. No default for unknown values (it decides "pushed upward"). */
public enum ClosureReason {
    /** The parties withdrew it. */
    WITHDRAWN,
    /** Referred to court: counts as pushed upward. */
    REFERRED_TO_COURT,
    /** A party petitioned higher authorities: counts as pushed upward. */
    PETITIONED;

    /** Whether the case left the station's layers (不上交 failed). */
    public boolean pushedUpward() {
        return this != WITHDRAWN;
    }
}
