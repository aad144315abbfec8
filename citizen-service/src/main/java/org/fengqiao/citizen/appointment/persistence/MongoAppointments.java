package org.fengqiao.citizen.appointment.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.kit.outbox.OutboxStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoAppointments implements Appointments {

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final Clock clock;

    MongoAppointments(MongoTemplate mongo, OutboxStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Appointment save(Appointment appointment) {
        return store.save(AppointmentDocument.of(appointment, clock.instant())).toAppointment();
    }

    @Override
    public Optional<Appointment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AppointmentDocument.class)).map(AppointmentDocument::toAppointment);
    }

    @Override
    public List<Appointment> byCitizen(String citizenRef, int limit) {
        return mongo.find(new Query(Criteria.where("citizenRef").is(citizenRef)).with(Sort.by(Sort.Direction.DESC, "slotStart")).limit(limit),
                AppointmentDocument.class).stream().map(AppointmentDocument::toAppointment).toList();
    }

    @Override
    public List<Instant> noShowsBetween(String citizenRef, Instant from, Instant to) {
        return mongo.find(new Query(Criteria.where("citizenRef").is(citizenRef).and("status").is(Appointment.Status.MISSED)
                .and("slotStart").gt(from).lt(to)), AppointmentDocument.class).stream().map(d -> d.slotStart).toList();
    }

    @Override
    public Optional<Instant> bookingSuspendedUntil(String citizenRef) {
        return mongo.find(new Query(Criteria.where("citizenRef").is(citizenRef).and("bookingSuspendedUntil").ne(null))
                        .with(Sort.by(Sort.Direction.DESC, "bookingSuspendedUntil")).limit(1), AppointmentDocument.class)
                .stream().map(d -> d.bookingSuspendedUntil).findFirst();
    }

    @Override
    public List<Appointment> dueForReminder(Instant now, Instant before, int limit) {
        return mongo.find(new Query(Criteria.where("status").is(Appointment.Status.BOOKED).and("remindedAt").is(null)
                        .and("slotStart").gt(now).lt(before)).with(Sort.by("slotStart")).limit(limit), AppointmentDocument.class)
                .stream().map(AppointmentDocument::toAppointment).toList();
    }

    @Override
    public long countBooked(Instant from, Instant to) {
        return mongo.count(new Query(Criteria.where("bookedAt").gte(from).lt(to)), AppointmentDocument.class);
    }
}
