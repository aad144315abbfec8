package org.fengqiao.citizen.appointment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.appointment.model.Appointment;

/** Where appointments are kept; saving one stores its events in the same write. */
public interface Appointments {

    Appointment save(Appointment appointment);

    Optional<Appointment> find(String id);

    List<Appointment> byCitizen(String citizenRef, int limit);

    /** Slot starts of the resident's no-shows in (from, to). */
    List<Instant> noShowsBetween(String citizenRef, Instant from, Instant to);

    /** The latest end of a booking suspension the resident's no-shows set, if any. */
    Optional<Instant> bookingSuspendedUntil(String citizenRef);

    /** BOOKED appointments not yet reminded that start after {@code now} and before {@code before}. */
    /** Booked, not yet reminded, starting in {@code (now, before)}; a scan, for the reminder watcher's first look only. */
    List<Appointment> dueForReminder(Instant now, Instant before, int limit);

    /**
     * The ids of appointments filed as to be reminded at some moment in the minutes from
     * {@code from}'s to {@code to}'s (their start less the reminder lead); found by key. A hint:
     * the appointment itself says whether a reminder is still due.
     */
    List<String> reminderDueBetween(Instant from, Instant to);
}
