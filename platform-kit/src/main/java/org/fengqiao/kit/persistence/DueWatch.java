package org.fengqiao.kit.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A watcher's place in a {@link DueIndex}: each pass reads the minutes since the last pass (the
 * current minute again, as what falls due later in it is found next time). The first pass after
 * a start, and a pass after the clock went back, also sweep the documents themselves once
 * (bounded) and read the index back over {@code lookBack}, for what was filed while the watcher
 * was down or before anything was filed.
 */
public final class DueWatch {

    private final Duration lookBack;
    /** Up to where the last pass looked; null before the first pass. */
    private volatile Instant lookedUpTo;

    public DueWatch(Duration lookBack) {
        this.lookBack = lookBack;
    }

    /**
     * The ids to look at now, each once: what {@code filedBetween(from, to)} finds since the last
     * pass, and on a first pass what {@code sweep} finds too.
     */
    public Set<String> due(Instant now, Supplier<? extends Collection<String>> sweep, BiFunction<Instant, Instant, List<String>> filedBetween) {
        Set<String> due = new LinkedHashSet<>();
        Instant from = lookedUpTo;
        if (from == null || now.isBefore(from)) {
            due.addAll(sweep.get());
            from = now.minus(lookBack);
        }
        due.addAll(filedBetween.apply(from, now));
        lookedUpTo = now;
        return due;
    }
}
