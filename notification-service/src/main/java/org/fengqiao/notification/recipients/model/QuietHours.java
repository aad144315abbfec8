package org.fengqiao.notification.recipients.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A daily span in the recipient's time zone when ROUTINE items wait (e.g. 22:00 to 07:00, which
 * crosses midnight). URGENT and CRITICAL items ignore it.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours from " + from + " to " + to + " are empty");
        }
    }

    public boolean contains(Instant instant) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** When the quiet span holding {@code instant} ends; {@code instant} itself when it is not quiet. */
    public Instant endAfter(Instant instant) {
        if (!contains(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = local.with(to);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
