package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An appointment was cancelled, by the resident or the station; the slot is free again. Key: the appointment id.
 *
 * <p>Since v1.
 *
 * @param appointmentId the appointment's id
 * @param citizenRef the resident's reference
 * @param servicePointId where it would have been
 * @param slotStart when it would have started
 * @param cancelledBy who cancelled
 * @param reason why, if said
 * @param cancelledAt when
 */
public record AppointmentCancelled(String appointmentId, String citizenRef, String servicePointId, Instant slotStart, AppointmentParty cancelledBy, String reason, Instant cancelledAt) implements CitizenEvent {

    public AppointmentCancelled {
        Require.text(appointmentId, "appointmentId");
        Require.text(citizenRef, "citizenRef");
        Require.text(servicePointId, "servicePointId");
        Require.present(slotStart, "slotStart");
        Require.present(cancelledBy, "cancelledBy");
        Require.present(cancelledAt, "cancelledAt");
    }

    @Override
    public String aggregateId() {
        return appointmentId;
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
