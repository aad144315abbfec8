package org.fengqiao.citizen.appointment.application;

import java.time.Clock;
import java.time.Instant;

import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.appointment.model.NoShowRule;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.fengqiao.citizen.resident.application.ResidentAccess;
import org.fengqiao.security.Caller;
import org.springframework.stereotype.Service;

/**
 * What happens to a booked appointment: the resident or the station cancels it (its place is
 * given back), the desk records that the resident came, or that they did not (a no-show, which
 * may suspend their online booking under the {@link NoShowRule}).
 */
@Service
public class AppointmentDesk {

    private final Appointments appointments;
    private final SlotCapacity capacity;
    private final NoShowRule noShowRule;
    private final Clock clock;
    private final UnfinishedOperations operations;
    private final CrashPoints crashPoints;

    public AppointmentDesk(Appointments appointments, SlotCapacity capacity, NoShowRule noShowRule, Clock clock,
                           UnfinishedOperations operations, CrashPoints crashPoints) {
        this.operations = operations;
        this.crashPoints = crashPoints;
        this.appointments = appointments;
        this.capacity = capacity;
        this.noShowRule = noShowRule;
        this.clock = clock;
    }

    /** A resident cancels their own appointment (the party is CITIZEN), the station anyone's (STATION). */
    public Appointment cancel(String id, Caller caller, String reason) {
        Appointment appointment = find(id);
        ResidentAccess.requireOwn(caller, appointment.snapshot().citizenRef(), null);
        AppointmentParty by = ResidentAccess.serves(caller) ? AppointmentParty.STATION : AppointmentParty.CITIZEN;
        appointment.cancel(by, reason, clock.instant());
        String citizenRef = appointment.snapshot().citizenRef();
        Instant slotStart = appointment.snapshot().slotStart();
        // three writes (the appointment, its place, the resident's hold): recorded first, so that a
        // crash between them is completed by FinishAppointmentChanges
        operations.begin(AppointmentOperations.CANCELLATION, id, AppointmentOperations.facts(citizenRef, appointment.slot().key(), slotStart));
        Appointment saved;
        try {
            saved = appointments.save(appointment);
        } catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
            operations.finished(AppointmentOperations.CANCELLATION, id); // nothing was written
            throw changedMeanwhile;
        }
        crashPoints.reached("cancellation.saved");
        capacity.release(saved.slot().key(), id);
        crashPoints.reached("cancellation.place-released");
        capacity.releaseHold(citizenRef, slotStart, id);
        operations.finished(AppointmentOperations.CANCELLATION, id);
        return saved;
    }

    public Appointment attended(String id) {
        Appointment appointment = find(id);
        appointment.attend(clock.instant());
        return appointments.save(appointment);
    }

    public Appointment missed(String id) {
        Appointment appointment = find(id);
        Instant now = clock.instant();
        String citizen = appointment.snapshot().citizenRef();
        Instant slot = appointment.snapshot().slotStart();
        appointment.miss(noShowRule, appointments.noShowsBetween(citizen, slot.minus(noShowRule.window()), slot.plus(noShowRule.window())), now);
        return appointments.save(appointment);
    }

    private Appointment find(String id) {
        return appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id));
    }
}
