package org.fengqiao.citizen.appointment.application;

/**
 * Counts the places taken in each slot. Taking a place is atomic: two residents booking the last
 * place at once cannot both get it.
 */
public interface SlotCapacity {

    /** Takes a place if fewer than {@code capacity} are taken; returns whether it did. */
    boolean take(String slotKey, int capacity);

    /** Gives a place back (a cancellation, or a booking that failed after taking it). */
    void release(String slotKey);

    int taken(String slotKey);

    /**
     * Marks that the resident holds a booking starting at {@code slotStart}; false when they
     * already do. Atomic, so two requests at once (a double tap) cannot both get it.
     */
    boolean hold(String citizenRef, java.time.Instant slotStart);

    void releaseHold(String citizenRef, java.time.Instant slotStart);
}
