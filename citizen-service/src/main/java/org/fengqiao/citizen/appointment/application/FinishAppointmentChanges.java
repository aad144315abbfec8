package org.fengqiao.citizen.appointment.application;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes the bookings and cancellations a crash interrupted, once they are older than any
 * request takes ({@code citizen.appointments.unfinished-after}, a minute), from what is stored:
 * <ul>
 *   <li>a booking whose appointment was stored is complete (its hold and place are taken);</li>
 *   <li>a booking whose appointment was not is undone: its place, if it took one, and its hold,
 *       if it got one, are given back, and the resident may book the slot again;</li>
 *   <li>a cancellation whose appointment was stored CANCELLED gets its place and hold given back;
 *       one whose appointment was not is dropped (it never happened; the resident may cancel
 *       again).</li>
 * </ul>
 * Each step names its appointment, so finishing twice changes nothing. Runs every 30 s.
 */
@Component
public class FinishAppointmentChanges {

    private static final Logger log = LoggerFactory.getLogger(FinishAppointmentChanges.class);
    private static final java.util.Set<String> KINDS = java.util.Set.of(AppointmentOperations.BOOKING, AppointmentOperations.CANCELLATION);

    private final UnfinishedOperations operations;
    private final Appointments appointments;
    private final SlotCapacity capacity;
    private final Duration after;

    public FinishAppointmentChanges(UnfinishedOperations operations, Appointments appointments, SlotCapacity capacity,
                                    @Value("${citizen.appointments.unfinished-after:PT1M}") Duration after) {
        this.operations = operations;
        this.appointments = appointments;
        this.capacity = capacity;
        this.after = after;
    }

    /** Finishes what is older than the limit; returns how many it finished. */
    @Scheduled(fixedDelayString = "${citizen.appointments.unfinished-check-interval:PT30S}",
            initialDelayString = "${citizen.appointments.unfinished-check-interval:PT30S}")
    public int finishInterrupted() {
        return operations.finishOlderThan(KINDS, after, operation -> {
            String citizenRef = operation.facts().getString("citizenRef");
            String slotKey = operation.facts().getString("slotKey");
            Instant slotStart = Instant.parse(operation.facts().getString("slotStart"));
            Appointment stored = appointments.find(operation.id()).orElse(null);
            if (AppointmentOperations.BOOKING.equals(operation.kind())) {
                if (stored == null) {
                    if (capacity.holdsPlace(slotKey, operation.id())) {
                        capacity.release(slotKey, operation.id());
                    }
                    capacity.releaseHold(citizenRef, slotStart, operation.id());
                    log.warn("booking {} of {} at {} was interrupted before it was stored: undone", operation.id(), citizenRef, slotStart);
                    return UnfinishedOperations.Outcome.undone();
                }
            } else if (stored != null && stored.snapshot().status() == Appointment.Status.CANCELLED) {
                capacity.release(slotKey, operation.id());
                capacity.releaseHold(citizenRef, slotStart, operation.id());
                log.warn("cancellation of {} was interrupted after it was stored: place and hold given back", operation.id());
            } else {
                return UnfinishedOperations.Outcome.undone();
            }
            return UnfinishedOperations.Outcome.completed("/api/v1/appointments/" + operation.id());
        });
    }
}
