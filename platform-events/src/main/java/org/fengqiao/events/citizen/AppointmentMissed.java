package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The resident did not come to an appointment (a no-show). When the no-show rule is met, online booking is suspended until bookingSuspendedUntil. Key: the appointment id.
 *
 * <p>Since v1.
 *
 * @param appointmentId the appointment's id
 * @param citizenRef the resident's reference
 * @param servicePointId where
 * @param slotStart when it started
 * @param noShowsInWindow no-shows by this resident within the rule's window, this one included
 * @param bookingSuspendedUntil until when online booking is refused, or null
 * @param recordedAt when the desk recorded the no-show
 */
public record AppointmentMissed(String appointmentId, String citizenRef, String servicePointId, Instant slotStart, int noShowsInWindow, Instant bookingSuspendedUntil, Instant recordedAt) implements CitizenEvent {

    public AppointmentMissed {
        Require.text(appointmentId, "appointmentId");
        Require.text(citizenRef, "citizenRef");
        Require.text(servicePointId, "servicePointId");
        Require.present(slotStart, "slotStart");
        Require.atLeast(noShowsInWindow, 0, "noShowsInWindow");
        Require.present(recordedAt, "recordedAt");
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }

    @Override
    public Instant occurredAt() {
        return recordedAt;
    }
}
