package org.fengqiao.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writers of one document, version-checked, as the tallies write it. The stand-in store reads and
 * writes with a pause in between, so that two writers not taking turns would meet nearly every time.
 */
class ContendedWritesTest {

    /** One document: a count and its version. A write names the version it read. */
    static final class VersionedCount {
        private long version;
        private long count;
        final AtomicInteger conflicts = new AtomicInteger();

        synchronized long[] read() {
            return new long[] {version, count};
        }

        synchronized void write(long readVersion, long newCount) {
            if (version != readVersion) {
                conflicts.incrementAndGet();
                throw new OptimisticLockingFailureException("changed since version " + readVersion);
            }
            version++;
            count = newCount;
        }

        void addOne() {
            long[] read = read();
            Thread.yield();
            try {
                Thread.sleep(0, 200_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            write(read[0], read[1] + 1);
        }
    }

    private static void writeAtOnce(VersionedCount store, int writers, int each, ContendedWrites... processes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ContendedWrites process = processes[w % processes.length];
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        process.run("2026-05|PT-35", store::addOne);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writers_of_one_process_take_turns_and_never_meet() throws Exception {
        VersionedCount store = new VersionedCount();
        writeAtOnce(store, 6, 100, new ContendedWrites(3));

        assertThat(store.read()[1]).isEqualTo(600);
        assertThat(store.conflicts).as("writers of one process that take turns cannot fail each other's version check").hasValue(0);
    }

    @Test
    void writers_of_two_processes_meet_yet_every_write_lands() throws Exception {
        VersionedCount store = new VersionedCount();
        writeAtOnce(store, 6, 100, new ContendedWrites(20), new ContendedWrites(20));

        assertThat(store.read()[1]).isEqualTo(600);
    }

    @Test
    void a_write_that_keeps_meeting_others_gives_up_after_its_tries_with_the_last_conflict() {
        AtomicInteger attempts = new AtomicInteger();
        ContendedWrites writes = new ContendedWrites(4);

        assertThatThrownBy(() -> writes.write("day", () -> {
            throw new DuplicateKeyException("attempt " + attempts.incrementAndGet());
        })).isInstanceOf(DuplicateKeyException.class).hasMessage("attempt 4");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void another_failure_is_not_tried_again() {
        AtomicInteger attempts = new AtomicInteger();
        ContendedWrites writes = new ContendedWrites(4);

        assertThatThrownBy(() -> writes.write("day", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the store is away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
