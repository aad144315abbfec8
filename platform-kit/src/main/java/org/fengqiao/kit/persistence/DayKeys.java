package org.fengqiao.kit.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys of the ids listed by the day something happened ({@link BucketedIds}): the UTC date, so a
 * period in any zone reads the days that overlap it, by key, and keeps what falls inside.
 */
public final class DayKeys {

    /** The key of the UTC day {@code at} falls on, such as {@code 2026-06-01}. */
    public static String of(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The keys of every UTC day that overlaps [from, to); none when {@code to} is not after {@code from}. */
    public static List<String> between(Instant from, Instant to) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); to.isAfter(from) && day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(to);
             day = day.plusDays(1)) {
            days.add(day.toString());
        }
        return days;
    }

    private DayKeys() {
    }
}
