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

    /** Slot starts of the resident's no-shows since {@code since}. */
    List<Instant> noShowsSince(String citizenRef, Instant since);

    /** The latest end of a booking suspension the resident's no-shows set, if any. */
    Optional<Instant> bookingSuspendedUntil(String citizenRef);

    /** Whether the resident already holds a BOOKED appointment starting at {@code slotStart}. */
    boolean holdsBookingAt(String citizenRef, Instant slotStart);

    /** BOOKED appointments not yet reminded that start before {@code before}. */
    List<Appointment> dueForReminder(Instant before, int limit);

    /** How many appointments were booked in [from, to), whatever became of them. */
    long countBooked(Instant from, Instant to);
}
