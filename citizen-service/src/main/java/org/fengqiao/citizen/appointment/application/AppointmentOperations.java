package org.fengqiao.citizen.appointment.application;

import java.time.Instant;
import java.util.Map;

import org.fengqiao.kit.recovery.UnfinishedOperations;

/**
 * The record of bookings and cancellations under way (collection {@code appointment_operations}):
 * each writes the resident's hold, a place in the slot and the appointment, so a crash between
 * them would leak a place or a hold. {@link FinishAppointmentChanges} completes or undoes what a
 * crash left.
 */
public record AppointmentOperations(UnfinishedOperations log) {

    public static final String BOOKING = "booking";
    public static final String CANCELLATION = "cancellation";

    static Map<String, Object> facts(String citizenRef, String slotKey, Instant slotStart) {
        return Map.of("citizenRef", citizenRef, "slotKey", slotKey, "slotStart", slotStart.toString());
    }
}
