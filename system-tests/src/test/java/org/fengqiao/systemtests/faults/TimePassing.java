package org.fengqiao.systemtests.faults;

import java.time.Duration;

/**
 * A deliberate wait in the fault tests, where the test needs time itself to pass, not a condition
 * to come true (those wait with Awaitility): a fault that must last, load that must run on its
 * own, timers that must fire several times before "it happened once" means anything.
 */
final class TimePassing {

    /** Lets {@code duration} pass; a comment at each call says what for. */
    static void let(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TimePassing() {
    }
}
