package org.fengqiao.citizen.appointment.model;

import java.time.Instant;

import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to an appointment, as {@link Appointment} registers it, each with the moment it
 * happened. The service's contract ({@code CitizenContract}) publishes each as the
 * {@code citizen.events} record of the same name.
 */
public sealed interface AppointmentChanged extends DomainEvent {

    String appointmentId();

    record AppointmentBooked(String appointmentId, String citizenRef, String servicePointId, String servicePointName, String service,
                             Instant slotStart, Instant slotEnd, Instant occurredAt) implements AppointmentChanged {
    }

    record AppointmentCancelled(String appointmentId, String citizenRef, String servicePointId, Instant slotStart,
                                AppointmentParty cancelledBy, String reason, Instant occurredAt) implements AppointmentChanged {
    }

    /** The citizen did not come; after too many in the window, booking is suspended until {@code bookingSuspendedUntil}. */
    record AppointmentMissed(String appointmentId, String citizenRef, String servicePointId, Instant slotStart, int noShowsInWindow,
                             Instant bookingSuspendedUntil, Instant occurredAt) implements AppointmentChanged {
    }

    record AppointmentReminderDue(String appointmentId, String citizenRef, String servicePointId, String servicePointName,
                                  String service, Instant slotStart, Instant occurredAt) implements AppointmentChanged {
    }
}
