package org.fengqiao.citizen.appointment.persistence;

import java.time.Instant;

import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("appointments")
@CompoundIndex(name = "citizen_slot", def = "{'citizenRef': 1, 'slotStart': 1}")
@CompoundIndex(name = "status_slot", def = "{'status': 1, 'slotStart': 1}")
class AppointmentDocument extends OutboxDocument {

    @Id
    String id;
    /** Set once this version is counted into the station's day counters (CountedRecords); a change unsets it. */
    Boolean countedByDay;
    String citizenRef;
    String servicePointId;
    OfferedService service;
    Instant slotStart;
    Instant slotEnd;
    Appointment.Status status;
    @Indexed
    Instant bookedAt;
    Instant remindedAt;
    Instant closedAt;
    AppointmentParty cancelledBy;
    String cancelReason;
    Instant bookingSuspendedUntil;

    static AppointmentDocument of(Appointment appointment) {
        Appointment.Snapshot s = appointment.snapshot();
        AppointmentDocument d = new AppointmentDocument();
        d.id = s.id();
        d.citizenRef = s.citizenRef();
        d.servicePointId = s.servicePointId();
        d.service = s.service();
        d.slotStart = s.slotStart();
        d.slotEnd = s.slotEnd();
        d.status = s.status();
        d.bookedAt = s.bookedAt();
        d.remindedAt = s.remindedAt();
        d.closedAt = s.closedAt();
        d.cancelledBy = s.cancelledBy();
        d.cancelReason = s.cancelReason();
        d.bookingSuspendedUntil = s.bookingSuspendedUntil();
        d.setVersion(s.version());
        return d;
    }

    Appointment toAppointment() {
        return Appointment.restore(new Appointment.Snapshot(id, citizenRef, servicePointId, service, slotStart, slotEnd, status, bookedAt,
                remindedAt, closedAt, cancelledBy, cancelReason, bookingSuspendedUntil, getVersion()));
    }
}
