package org.fengqiao.citizen.appointment.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;

/**
 * How a service point's opening hours are cut into bookable slots: slots of {@code slotLength}
 * from midnight, local time in {@code zone}, each wholly inside the opening hours; bookable up to
 * {@code horizon} ahead.
 */
public record SlotPlan(Duration slotLength, Duration horizon, ZoneId zone) {

    public SlotPlan {
        if (slotLength.isZero() || slotLength.isNegative() || Duration.ofDays(1).toMinutes() % slotLength.toMinutes() != 0) {
            throw new IllegalArgumentException("a slot length divides a day into whole minutes, not " + slotLength);
        }
    }

    /** The slot starting at {@code start} at this point, if there is one; empty when the point is closed then or the time is off the grid. */
    public Optional<Slot> slotAt(ServicePoint point, OfferedService service, Instant start) {
        ZonedDateTime local = start.atZone(zone);
        long minuteOfDay = local.toLocalTime().toSecondOfDay() / 60;
        if (local.getSecond() != 0 || local.getNano() != 0 || minuteOfDay % slotLength.toMinutes() != 0) {
            return Optional.empty();
        }
        LocalTime from = local.toLocalTime();
        ZonedDateTime endsAt = local.plus(slotLength);
        // a slot ending at midnight ends at the day's last moment; none runs into the next day
        LocalTime to = endsAt.toLocalDate().isAfter(local.toLocalDate()) ? LocalTime.MAX : endsAt.toLocalTime();
        if (!endsAt.toLocalDate().equals(local.toLocalDate()) && !endsAt.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        if (!point.isOpen(local.getDayOfWeek(), from, to)) {
            return Optional.empty();
        }
        return Optional.of(new Slot(point.id(), service, start, start.plus(slotLength)));
    }

    /** Every slot of one local day at this point. */
    public List<Slot> slotsOn(ServicePoint point, OfferedService service, LocalDate day) {
        List<Slot> slots = new ArrayList<>();
        ZonedDateTime t = day.atStartOfDay(zone);
        ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
        while (t.isBefore(end)) {
            slotAt(point, service, t.toInstant()).ifPresent(slots::add);
            t = t.plus(slotLength);
        }
        return slots;
    }
}
