package org.fengqiao.kit.recovery;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named points between the writes of an operation that writes more than one document, where a
 * test makes the process die, to show that what the crash leaves is completed or undone
 * ({@link UnfinishedOperations}).
 * <ul>
 *   <li>{@code PLATFORM_CRASH_AT=<point>[,<point>...]} ({@code platform.crash-at}) halts the JVM
 *       the first time a named point is reached, as {@code kill -9} would: no shutdown hook, no
 *       {@code finally}, nothing after the point runs. Unset (the default), a point costs a set
 *       lookup.</li>
 *   <li>{@link #arm(String)}, for tests in the same JVM: the next time the point is reached a
 *       {@link SimulatedCrash} (an {@link Error}, which no compensation catches) ends the operation
 *       there.</li>
 * </ul>
 */
public class CrashPoints {

    private static final Logger log = LoggerFactory.getLogger(CrashPoints.class);

    /** Thrown at an armed point: the operation stops there as if its process had died. */
    public static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String point) {
            super("simulated crash at " + point);
        }
    }

    private final Set<String> haltAt;
    private volatile String armed;

    public CrashPoints(Collection<String> haltAt) {
        this.haltAt = haltAt.stream().map(String::trim).filter(point -> !point.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (!this.haltAt.isEmpty()) {
            log.warn("this process halts at {} (platform.crash-at): a test of crash recovery, never for production", this.haltAt);
        }
    }

    /** The operation has reached {@code point}: dies here if told to. */
    public void reached(String point) {
        if (haltAt.contains(point)) {
            log.error("halting at crash point {} (platform.crash-at)", point);
            Runtime.getRuntime().halt(137);
        }
        if (point.equals(armed)) {
            armed = null;
            throw new SimulatedCrash(point);
        }
    }

    /**
     * Whether {@code failure} is, or wraps, a {@link SimulatedCrash}: what handles a failure lets
     * it through untouched (a halted process answers nothing and keeps nothing more).
     */
    public static boolean halted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SimulatedCrash) {
                return true;
            }
        }
        return false;
    }

    /** For a test in this JVM: the next operation that reaches {@code point} stops there. */
    public void arm(String point) {
        this.armed = point;
    }
}
