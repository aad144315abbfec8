package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An appointment starts within the reminder lead time (a day by default); the resident is reminded. Emitted once per appointment. Key: the appointment id.
 *
 * <p>Since v1.
 *
 * @param appointmentId the appointment's id
 * @param citizenRef the resident's reference
 * @param servicePointId where
 * @param servicePointName its public name, for the resident
 * @param service what for
 * @param slotStart when it starts
 * @param dueAt when the reminder was raised
 */
public record AppointmentReminderDue(String appointmentId, String citizenRef, String servicePointId, String servicePointName, String service, Instant slotStart, Instant dueAt) implements CitizenEvent {

    public AppointmentReminderDue {
        Require.text(appointmentId, "appointmentId");
        Require.text(citizenRef, "citizenRef");
        Require.text(servicePointId, "servicePointId");
        Require.text(servicePointName, "servicePointName");
        Require.text(service, "service");
        Require.present(slotStart, "slotStart");
        Require.present(dueAt, "dueAt");
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }

    @Override
    public Instant occurredAt() {
        return dueAt;
    }
}
