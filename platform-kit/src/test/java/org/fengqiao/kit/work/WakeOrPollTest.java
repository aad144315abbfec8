package org.fengqiao.kit.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop's behaviour, not its speed: waits here are an hour long, so a pass that happens within
 * the test's patience happened because of a wake (or an {@code again}), never because a wait ended;
 * and once the loop is seen waiting, the passes it made before are all it will make unwoken.
 */
class WakeOrPollTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicInteger passes = new AtomicInteger();
    private WakeOrPoll worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    private WakeOrPoll start(Supplier<WakeOrPoll.Next> pass) {
        worker = new WakeOrPoll("test-loop", () -> {
            passes.incrementAndGet();
            return pass.get();
        }, HOUR);
        worker.start();
        return worker;
    }

    @Test
    void it_runs_a_pass_at_start_then_one_per_wake_and_none_while_it_waits() throws Exception {
        start(() -> WakeOrPoll.Next.after(HOUR));
        await().atMost(PATIENCE).until(() -> passes.get() == 1);
        worker.wake();
        await().atMost(PATIENCE).until(() -> passes.get() == 2);
        worker.wake();
        await().atMost(PATIENCE).until(() -> passes.get() == 3);
        awaitWaiting();
        assertThat(passes).as("no pass without a wake").hasValue(3);
    }

    @Test
    void wakes_during_a_pass_make_one_more_pass_right_after_it() throws Exception {
        CountDownLatch release = startWithAFirstPassThatWaitsFor(WakeOrPoll.Next.after(HOUR));
        worker.wake();
        worker.wake();
        worker.wake();
        release.countDown();
        awaitWaiting();
        assertThat(passes).as("three wakes during a pass are one").hasValue(2);
    }

    @Test
    void again_runs_the_next_pass_at_once_until_the_pass_says_wait() {
        start(() -> passes.get() < 5 ? WakeOrPoll.Next.again() : WakeOrPoll.Next.after(HOUR));
        await().atMost(PATIENCE).until(() -> passes.get() == 5);
    }

    @Test
    void a_back_off_is_not_skipped_by_a_wake_during_the_pass_but_a_wake_while_waiting_ends_it() throws Exception {
        CountDownLatch release = startWithAFirstPassThatWaitsFor(WakeOrPoll.Next.backOff(HOUR));
        worker.wake();
        release.countDown();
        awaitWaiting();
        assertThat(passes).as("backing off despite the wake during the pass").hasValue(1);
        worker.wake();
        await().atMost(PATIENCE).until(() -> passes.get() == 2);
    }

    @Test
    void a_pass_that_throws_is_followed_by_the_failure_back_off_and_the_loop_goes_on() throws Exception {
        start(() -> {
            if (passes.get() == 1) {
                throw new IllegalStateException("the store is away");
            }
            return WakeOrPoll.Next.after(HOUR);
        });
        awaitWaiting();
        assertThat(passes).as("backing off after the failure").hasValue(1);
        worker.wake();
        await().atMost(PATIENCE).until(() -> passes.get() == 2);
        assertThat(worker.isRunning()).isTrue();
    }

    @Test
    void stop_ends_the_loop_after_the_pass_under_way_and_interrupts_one_that_will_not_end() throws Exception {
        AtomicReference<Thread> loopThread = new AtomicReference<>();
        CountDownLatch inPass = new CountDownLatch(1);
        start(() -> {
            loopThread.set(Thread.currentThread());
            inPass.countDown();
            try {
                // a pass that never ends by itself: only an interrupt gets it out
                new CountDownLatch(1).await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return WakeOrPoll.Next.after(HOUR);
        });
        assertThat(inPass.await(10, TimeUnit.SECONDS)).isTrue();
        worker.stop(Duration.ofMillis(200));
        loopThread.get().join(5000);
        assertThat(loopThread.get().isAlive()).isFalse();
        assertThat(worker.isRunning()).isFalse();
    }

    /**
     * Starts the loop with a first pass that stays under way until the returned latch is counted
     * down; every pass returns {@code next}. Returns once the first pass is under way.
     */
    private CountDownLatch startWithAFirstPassThatWaitsFor(WakeOrPoll.Next next) throws InterruptedException {
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(() -> {
            if (passes.get() == 1) {
                inFirstPass.countDown();
                awaitLatch(release);
            }
            return next;
        });
        assertThat(inFirstPass.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    /** Until the loop waits between passes (a latch a pass waits on is not that). */
    private void awaitWaiting() {
        await().atMost(PATIENCE).until(worker::isWaiting);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
