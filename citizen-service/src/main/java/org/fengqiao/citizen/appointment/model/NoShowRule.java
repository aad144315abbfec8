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

    /**
     * This no-show plus the resident's other no-shows whose slots lie within the window of this
     * one, before or after it (the desk may record a later no-show first).
     */
    public int noShowsInWindow(List<Instant> otherNoShowSlotStarts, Instant slotStart) {
        Instant from = slotStart.minus(window);
        Instant to = slotStart.plus(window);
        return 1 + (int) otherNoShowSlotStarts.stream().filter(t -> t.isAfter(from) && t.isBefore(to)).count();
    }

    /** When booking opens again, or null when this count does not suspend it. */
    public Instant suspendedUntil(int noShowsInWindow, Instant now) {
        return noShowsInWindow >= maxNoShows ? now.plus(suspension) : null;
    }
}
