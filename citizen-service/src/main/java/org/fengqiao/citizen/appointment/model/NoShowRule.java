package org.fengqiao.citizen.appointment.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The no-show rule: {@code maxNoShows} missed appointments whose slots started within
 * {@code window} of each other suspend the resident's online booking for {@code suspension} from
 * the moment the last one is recorded (by default two in 30 days suspend it for 30 days).
 */
public record NoShowRule(int maxNoShows, Duration window, Duration suspension) {

    public NoShowRule {
        if (maxNoShows < 1) {
            throw new IllegalArgumentException("the no-show rule counts at least one no-show, not " + maxNoShows);
        }
        if (window.isNegative() || window.isZero() || suspension.isNegative() || suspension.isZero()) {
            throw new IllegalArgumentException("the no-show window and suspension are positive durations");
        }
    }

    /** This no-show plus the earlier ones whose slots started in the window before {@code slotStart}. */
    public int noShowsInWindow(List<Instant> priorNoShowSlotStarts, Instant slotStart) {
        Instant from = slotStart.minus(window);
        return 1 + (int) priorNoShowSlotStarts.stream().filter(t -> t.isAfter(from) && !t.isAfter(slotStart)).count();
    }

    /** When booking opens again, or null when this count does not suspend it. */
    public Instant suspendedUntil(int noShowsInWindow, Instant now) {
        return noShowsInWindow >= maxNoShows ? now.plus(suspension) : null;
    }
}
