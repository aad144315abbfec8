package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A resident booked an online appointment at a service point; they hear a confirmation. Key: the appointment id.
 *
 * <p>Since v1.
 *
 * @param appointmentId the appointment's id
 * @param citizenRef the resident's reference (no name or number travels in events)
 * @param servicePointId where
 * @param servicePointName its public name, for the resident
 * @param service what for, an OfferedService name such as ID_CARD
 * @param slotStart when the slot starts
 * @param slotEnd when it ends
 * @param bookedAt when it was booked
 */
public record AppointmentBooked(String appointmentId, String citizenRef, String servicePointId, String servicePointName, String service, Instant slotStart, Instant slotEnd, Instant bookedAt) implements CitizenEvent {

    public AppointmentBooked {
        Require.text(appointmentId, "appointmentId");
        Require.text(citizenRef, "citizenRef");
        Require.text(servicePointId, "servicePointId");
        Require.text(servicePointName, "servicePointName");
        Require.text(service, "service");
        Require.present(slotStart, "slotStart");
        Require.present(slotEnd, "slotEnd");
        Require.present(bookedAt, "bookedAt");
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }

    @Override
    public Instant occurredAt() {
        return bookedAt;
    }
}
