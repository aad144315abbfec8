package org.fengqiao.kit.work;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop on its own daemon thread: it runs a pass, then waits until it is woken or its
 * wait ends, and runs the next. The outbox relay and the notification delivery loop both work this
 * way: a writer wakes them when it hands over work, and the wait is the safety net that finds what
 * no wake announced.
 *
 * <p>Each pass says what comes next ({@link Next}): another pass at once, a wait that a wake
 * cuts short (a wake that came during the pass means no wait at all), or a back-off that a wake
 * which came during the pass does not skip (a wake during the back-off still ends it). Wakes
 * before a pass starts are one wake. A pass that throws is logged and followed by its worker's
 * failure wait.
 */
public final class WakeOrPoll {

    /** What follows a pass. */
    public record Next(Duration pause, boolean skippedByEarlierWake) {

        /** Another pass at once. */
        public static Next again() {
            return new Next(Duration.ZERO, true);
        }

        /** A pass after {@code wait}, or as soon as woken (at once if woken during the pass). */
        public static Next after(Duration wait) {
            return new Next(wait, true);
        }

        /** A pass after {@code wait} even if woken during the pass (nothing to gain from hurrying); a later wake still ends it. */
        public static Next backOff(Duration wait) {
            return new Next(wait, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WakeOrPoll.class);

    private final String name;
    private final Supplier<Next> pass;
    private final Duration afterFailure;
    private final Object signal = new Object();
    private volatile boolean running;
    private boolean woken;
    /** True while the loop waits between passes (for a wake or the end of its wait). */
    private volatile boolean waiting;
    private Thread thread;

    /**
     * @param name         the thread's name, also in the log
     * @param pass         one pass; returns what comes next
     * @param afterFailure how long to back off after a pass that threw
     */
    public WakeOrPoll(String name, Supplier<Next> pass, Duration afterFailure) {
        this.name = name;
        this.pass = pass;
        this.afterFailure = afterFailure;
    }

    /** Asks for a pass now instead of at the end of the current wait. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops after the pass under way, waiting up to {@code grace} for it to end; a pass still
     * running then (blocked on a broker or a store that is gone) is interrupted.
     */
    public void stop(Duration grace) {
        Thread running;
        synchronized (this) {
            this.running = false;
            running = thread;
        }
        wake();
        if (running == null) {
            return;
        }
        try {
            running.join(grace.toMillis());
            if (running.isAlive()) {
                running.interrupt();
                running.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether the loop is waiting between passes, not running one. */
    public boolean isWaiting() {
        return waiting;
    }

    private void loop() {
        while (running) {
            Next next;
            try {
                next = pass.get();
            } catch (RuntimeException e) {
                log.warn("{}: pass failed, trying again in {}: {}", name, afterFailure, e.toString());
                next = Next.backOff(afterFailure);
            }
            if (next.pause().isZero() || next.pause().isNegative()) {
                continue;
            }
            synchronized (signal) {
                if ((!woken || !next.skippedByEarlierWake()) && running) {
                    waiting = true;
                    try {
                        signal.wait(next.pause().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        waiting = false;
                    }
                }
                woken = false;
            }
        }
    }
}
