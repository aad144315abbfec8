package org.fengqiao.kit.validation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

import org.fengqiao.kit.failure.InvalidFieldException;

/**
 * The times the platform works with, and the longest periods a request may ask about: so that
 * no request makes a service do arithmetic that overflows, or list the days of a million years.
 */
public final class TimeLimits {

    /** The earliest moment: 2000-01-01T00:00Z. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The first moment after the latest: 2100-01-01T00:00Z. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** The longest period a report or a list is asked for: five years (of 366 days). */
    public static final Duration LONGEST_PERIOD = Duration.ofDays(5 * 366);

    /** Whether the moment, day or month lies in the years 2000 to 2099. */
    public static boolean isPlausible(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
        }
        if (value instanceof LocalDate date) {
            return date.getYear() >= 2000 && date.getYear() <= 2099;
        }
        if (value instanceof YearMonth month) {
            return month.getYear() >= 2000 && month.getYear() <= 2099;
        }
        throw new IllegalArgumentException("not a moment, a day or a month: " + value.getClass().getName());
    }

    /**
     * Refuses a period {@code [from, to)} whose ends are not plausible, that ends before it starts,
     * or that is longer than {@link #LONGEST_PERIOD}, naming the field to blame.
     */
    public static void requirePeriod(String fromField, Instant from, String toField, Instant to) {
        require(fromField, from);
        require(toField, to);
        if (to.isBefore(from)) {
            throw new InvalidFieldException(toField, "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidFieldException(toField, "a period of at most five years, please");
        }
    }

    /** {@link #requirePeriod(String, Instant, String, Instant)} for days, {@code to} inclusive. */
    public static void requirePeriod(String fromField, LocalDate from, String toField, LocalDate to) {
        require(fromField, from);
        require(toField, to);
        requirePeriod(fromField, from.atStartOfDay().toInstant(ZoneOffset.UTC), toField, to.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Refuses a moment, day or month that is not plausible, naming the field. */
    public static void require(String field, TemporalAccessor value) {
        if (value != null && !isPlausible(value)) {
            throw new InvalidFieldException(field, "must lie in the years 2000 to 2099");
        }
    }

    private TimeLimits() {
    }
}
