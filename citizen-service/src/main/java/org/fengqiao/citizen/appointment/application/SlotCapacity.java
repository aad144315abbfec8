package org.fengqiao.citizen.appointment.application;

/**
 * Counts the places taken in each slot, and which appointment holds each. Taking a place is
 * atomic: two residents booking the last place at once cannot both get it. Every change names its
 * appointment, so doing it again (a sweeper finishing what a crash interrupted) changes nothing.
 */
public interface SlotCapacity {

    /**
     * Takes a place for the appointment if fewer than {@code capacity} are taken; returns whether
     * the appointment holds a place (true also when it already held one).
     */
    boolean take(String slotKey, int capacity, String appointmentId);

    /** Gives the appointment's place back (a cancellation, or a booking undone); nothing if it holds none. */
    void release(String slotKey, String appointmentId);

    /** Whether the appointment holds a place in the slot. */
    boolean holdsPlace(String slotKey, String appointmentId);

    int taken(String slotKey);

    /**
     * Marks that the resident holds a booking starting at {@code slotStart}, for this appointment;
     * false when they already do (for any appointment). Atomic, so two requests at once (a double
     * tap) cannot both get it.
     */
    boolean hold(String citizenRef, java.time.Instant slotStart, String appointmentId);

    /** Removes the resident's hold at {@code slotStart} if it is this appointment's. */
    void releaseHold(String citizenRef, java.time.Instant slotStart, String appointmentId);
}
