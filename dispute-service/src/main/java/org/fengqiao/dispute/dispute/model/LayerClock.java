package org.fengqiao.dispute.dispute.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The deadline of the layer a dispute is contracted at: it starts when the dispute is assigned,
 * stops while the dispute waits on a party (the deadline then moves by the time spent waiting),
 * and ends when the dispute leaves the layer or is concluded. Its approach is announced once, and
 * its passing noticed once. Part of a {@link Dispute}, which decides what a passed deadline does.
 */
final class LayerClock {

    /** What the clock has to say when looked at. */
    enum Tick { NOTHING, APPROACHING, PASSED }

    private Instant deadline;
    private Instant pausedAt;
    private boolean approachingNoticed;
    private boolean passedNoticed;

    LayerClock(Instant deadline, Instant pausedAt, boolean approachingNoticed, boolean passedNoticed) {
        this.deadline = deadline;
        this.pausedAt = pausedAt;
        this.approachingNoticed = approachingNoticed;
        this.passedNoticed = passedNoticed;
    }

    void start(Instant deadline) {
        this.deadline = deadline;
        this.approachingNoticed = false;
        this.passedNoticed = false;
    }

    void stop() {
        this.deadline = null;
        this.pausedAt = null;
    }

    boolean isSet() {
        return deadline != null;
    }

    void pause(Instant now) {
        this.pausedAt = now;
    }

    /** Runs again; the deadline moves by the time it stood still. */
    void resume(Instant now) {
        this.deadline = deadline.plus(Duration.between(pausedAt, now));
        this.pausedAt = null;
    }

    /**
     * Looks at the time: {@code PASSED} once when the deadline has passed (then, at the top layer,
     * {@link #notePassed} keeps it from being said again), {@code APPROACHING} once when it is
     * within {@code approachingBefore}.
     */
    Tick look(Duration approachingBefore, Instant now) {
        if (deadline == null) {
            return Tick.NOTHING;
        }
        if (!now.isBefore(deadline)) {
            return passedNoticed ? Tick.NOTHING : Tick.PASSED;
        }
        if (!approachingNoticed && !now.isBefore(deadline.minus(approachingBefore))) {
            approachingNoticed = true;
            return Tick.APPROACHING;
        }
        return Tick.NOTHING;
    }

    /** The passing is noticed and stays so (the clock keeps its deadline: nowhere is left to move to). */
    void notePassed() {
        passedNoticed = true;
    }

    /** When {@link #look} will next have something to say; empty when it never will. */
    Optional<Instant> nextLookAt(Duration approachingBefore) {
        if (deadline == null || passedNoticed) {
            return Optional.empty();
        }
        return Optional.of(approachingNoticed ? deadline : deadline.minus(approachingBefore));
    }

    Instant deadline() {
        return deadline;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    boolean approachingNoticed() {
        return approachingNoticed;
    }

    boolean passedNoticed() {
        return passedNoticed;
    }
}
