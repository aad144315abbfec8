package org.fengqiao.citizen.servicepoint.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of a service point's week when it is open, in local time: from {@code firstDay} to
 * {@code lastDay} (inclusive), {@code opens} to {@code closes} each of those days.
 */
public record OpeningPeriod(DayOfWeek firstDay, DayOfWeek lastDay, LocalTime opens, LocalTime closes) {

    public OpeningPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (lastDay.compareTo(firstDay) < 0) {
            throw new IllegalArgumentException("an opening period runs from " + firstDay + " to a later day, not " + lastDay);
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("a point that opens at " + opens + " closes later, not at " + closes);
        }
    }

    public boolean coversDay(DayOfWeek day) {
        return day.compareTo(firstDay) >= 0 && day.compareTo(lastDay) <= 0;
    }

    /** Whether {@code start} to {@code end} on {@code day} lies inside this period. */
    public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
        return coversDay(day) && !start.isBefore(opens) && !end.isAfter(closes) && end.isAfter(start);
    }
}
