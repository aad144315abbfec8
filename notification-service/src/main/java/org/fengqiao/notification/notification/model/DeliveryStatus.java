package org.fengqiao.notification.notification.model;

/** Where a notification stands on its channel. */
public enum DeliveryStatus {
    /** Waiting for the recipient's quiet hours to end (ROUTINE only). */
    HELD,
    /** Waiting for the recipient's daily digest (ROUTINE items of digest rules, for recipients who asked for digests). */
    DIGEST,
    /** Sent inside a digest. */
    DIGESTED,
    /** To be sent at {@code nextAttemptAt}. */
    PENDING,
    /** An attempt failed; the next is at {@code nextAttemptAt}. */
    RETRYING,
    /** The channel accepted it. */
    DELIVERED,
    /** Every retry failed; it waits for an operator's replay. */
    PARKED
}
