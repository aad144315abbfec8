package org.fengqiao.kit.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Version-checked writes of documents that many writers change (a day's tally, a team's month, a
 * slot's places): an attempt reads, changes and writes by key, and throws
 * {@link ConcurrencyFailureException} (or {@link DuplicateKeyException}: it was created meanwhile)
 * when another writer got there first; then it is tried again.
 * <p>
 * In this process, the writers of one key take turns, so they never fail each other's version
 * check: only another process (a second replica) can. Then this process's writers of that key
 * wait together, a short random pause that grows with each try, while the other process gets on,
 * so that two processes writing one document flat out do not keep meeting. The attempts must not
 * nest. After {@code tries} failed attempts the last conflict is thrown.
 */
public final class ContendedWrites {

    private static final int STRIPES = 64;
    private static final long MAX_PAUSE_MILLIS = 100;

    private final ReentrantLock[] turns = new ReentrantLock[STRIPES];
    private final int tries;

    public ContendedWrites(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, was " + tries);
        }
        this.tries = tries;
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new ReentrantLock();
        }
    }

    /** The result of the first attempt on {@code key} that does not meet another writer. */
    public <T> T write(String key, Supplier<T> attempt) {
        ReentrantLock turn = turns[Math.floorMod(key.hashCode(), STRIPES)];
        turn.lock();
        try {
            for (int tried = 1; ; tried++) {
                try {
                    return attempt.get();
                } catch (ConcurrencyFailureException | DuplicateKeyException conflict) {
                    if (tried >= tries) {
                        throw conflict;
                    }
                }
                // the turn is kept: this process's writers of the key wait together, and the other process gets on
                pause(tried);
            }
        } finally {
            turn.unlock();
        }
    }

    /** Like {@link #write(String, Supplier)}, for an attempt with no result. */
    public void run(String key, Runnable attempt) {
        write(key, () -> {
            attempt.run();
            return null;
        });
    }

    private static void pause(int tried) {
        long bound = Math.min(MAX_PAUSE_MILLIS, 1L << Math.min(tried, 6));
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OptimisticLockingFailureException("interrupted between tries of a contended write", e);
        }
    }
}
