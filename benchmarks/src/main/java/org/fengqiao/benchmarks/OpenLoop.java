package org.fengqiao.benchmarks;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Fires sends at fixed times, whatever the server does: send {@code i} is due at
 * {@code start + i / rate}, and its latency is measured from that due time, so a server that falls
 * behind cannot hide its own queue (no coordinated omission). The sends themselves must not block
 * the schedule (asynchronous HTTP, asynchronous producer).
 */
public final class OpenLoop {

    /** Runs {@code count} sends at {@code ratePerSecond}; each gets its due time in nanos (System.nanoTime()). */
    public static void run(double ratePerSecond, int count, LongConsumer send) {
        long start = System.nanoTime() + 20_000_000L;
        double interval = 1_000_000_000.0 / ratePerSecond;
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * interval);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(Math.min(wait, 1_000_000L));
            }
            send.accept(due);
        }
    }

    private OpenLoop() {
    }
}
