package org.fengqiao.notification.rules.model;

/** How soon a notification must be heard. */
public enum Urgency {
    /** Can wait: held through the recipient's quiet hours, may be muted per channel, may go into a digest. */
    ROUTINE,
    /** Heard at once, whatever the recipient's preferences; repeated until someone acknowledges. */
    URGENT,
    /** As URGENT, repeated more often. */
    CRITICAL;

    public boolean needsAcknowledgement() {
        return this != ROUTINE;
    }
}
