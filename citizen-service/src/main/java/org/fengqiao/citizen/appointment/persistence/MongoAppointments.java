package org.fengqiao.citizen.appointment.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.DueIndex;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.persistence.CountedRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoAppointments implements Appointments {

    private static final String COLLECTION = "appointments";

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final Duration reminderLead;
    /** Each resident's appointments, listed before the appointment is written. */
    private final KeyedIds ofCitizen;
    /** When each booked appointment is to be reminded (its start less the lead), filed before it is written. */
    private final DueIndex reminders;
    private final CountedRecords counted;

    MongoAppointments(MongoTemplate mongo, OutboxStore store, @Value("${citizen.appointments.reminder-lead}") Duration reminderLead,
                      CountedRecords counted, Contract<DomainEvent> contract) {
        this.counted = counted;
        counted.source(COLLECTION, AppointmentDocument.class, this::tallyEntries);
        this.mongo = mongo;
        this.store = store;
        this.reminderLead = reminderLead;
        this.ofCitizen = new KeyedIds(mongo, "appointments_by_citizen");
        this.reminders = new DueIndex(mongo, "appointment_reminders");
        this.contract = contract;
    }

    @Override
    public Appointment save(Appointment appointment) {
        AppointmentDocument document = AppointmentDocument.of(appointment);
        if (document.getVersion() == null) {
            ofCitizen.add(document.citizenRef, document.id);
        }
        if (document.status == Appointment.Status.BOOKED && document.remindedAt == null) {
            reminders.file(document.id, document.slotStart.minus(reminderLead));
        }
        AppointmentDocument saved = store.save(document, appointment, contract);
        counted.written(COLLECTION, saved);
        return saved.toAppointment();
    }

    private List<DayCounters.Entry> tallyEntries(AppointmentDocument appointment) {
        return List.of(counted.days().entry(appointment.id, "booked", appointment.bookedAt, Map.of(Appointment.BOOKED_COUNTER, 1L)));
    }

    @Override
    public List<String> reminderDueBetween(Instant from, Instant to) {
        return reminders.dueBetween(from, to);
    }

    /** The resident's appointments, latest slot first, by key. */
    private java.util.stream.Stream<AppointmentDocument> ofCitizen(String citizenRef) {
        return ofCitizen.documents(citizenRef, AppointmentDocument.class).stream()
                .sorted(java.util.Comparator.comparing((AppointmentDocument d) -> d.slotStart).reversed());
    }

    @Override
    public Optional<Appointment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AppointmentDocument.class)).map(AppointmentDocument::toAppointment);
    }

    @Override
    public List<Appointment> byCitizen(String citizenRef, int limit) {
        return ofCitizen(citizenRef).limit(limit).map(AppointmentDocument::toAppointment).toList();
    }

    @Override
    public List<Instant> noShowsBetween(String citizenRef, Instant from, Instant to) {
        return ofCitizen(citizenRef).filter(d -> d.status == Appointment.Status.MISSED && d.slotStart.isAfter(from) && d.slotStart.isBefore(to))
                .map(d -> d.slotStart).toList();
    }

    @Override
    public Optional<Instant> bookingSuspendedUntil(String citizenRef) {
        return ofCitizen(citizenRef).map(d -> d.bookingSuspendedUntil).filter(java.util.Objects::nonNull).max(Instant::compareTo);
    }

    @Override
    public List<Appointment> dueForReminder(Instant now, Instant before, int limit) {
        return mongo.find(new Query(Criteria.where("status").is(Appointment.Status.BOOKED).and("remindedAt").is(null)
                        .and("slotStart").gt(now).lt(before)).with(Sort.by("slotStart")).limit(limit), AppointmentDocument.class)
                .stream().map(AppointmentDocument::toAppointment).toList();
    }
}
