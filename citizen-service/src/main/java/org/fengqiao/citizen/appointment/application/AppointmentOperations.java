package org.fengqiao.citizen.appointment.application;

import java.time.Instant;
import java.util.Map;

/**
 * Bookings and cancellations under way, as recorded in the service's {@code UnfinishedOperations}:
 * each writes the resident's hold, a place in the slot and the appointment, so a crash between
 * them would leak a place or a hold. {@link FinishAppointmentChanges} completes or undoes what a
 * crash left.
 */
final class AppointmentOperations {

    static final String BOOKING = "booking";
    static final String CANCELLATION = "cancellation";

    static Map<String, Object> facts(String citizenRef, String slotKey, Instant slotStart) {
        return Map.of("citizenRef", citizenRef, "slotKey", slotKey, "slotStart", slotStart.toString());
    }

    private AppointmentOperations() {
    }
}
