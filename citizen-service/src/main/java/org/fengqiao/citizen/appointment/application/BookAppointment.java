package org.fengqiao.citizen.appointment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.appointment.model.Slot;
import org.fengqiao.citizen.appointment.model.SlotPlan;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.stereotype.Service;

/**
 * A resident books an online appointment: the slot must be one of the point's slots for a
 * service it takes appointments for, in the future and within the booking horizon; a resident
 * whose booking is suspended by the no-show rule is refused, and so is a slot already full.
 */
@Service
public class BookAppointment {

    /** A slot and how many places are left in it. */
    public record FreeSlot(Instant start, Instant end, int capacity, int free) {
    }

    private final Appointments appointments;
    private final SlotCapacity capacity;
    private final ServicePoints servicePoints;
    private final SlotPlan plan;
    private final MeterRegistry meters;
    private final Clock clock;
    private final UnfinishedOperations operations;
    private final CrashPoints crashPoints;

    public BookAppointment(Appointments appointments, SlotCapacity capacity, ServicePoints servicePoints, SlotPlan plan, MeterRegistry meters,
                           Clock clock, UnfinishedOperations operations, CrashPoints crashPoints) {
        this.meters = meters;
        this.operations = operations;
        this.crashPoints = crashPoints;
        this.appointments = appointments;
        this.capacity = capacity;
        this.servicePoints = servicePoints;
        this.plan = plan;
        this.clock = clock;
    }

    public Appointment book(String citizenRef, String servicePointId, OfferedService service, Instant slotStart) {
        ServicePoint point = bookablePoint(servicePointId, service, "servicePointId");
        Instant now = clock.instant();
        if (!slotStart.isAfter(now)) {
            throw new InvalidFieldException("slotStart", "a slot in the future is booked, not " + slotStart);
        }
        if (slotStart.isAfter(now.plus(plan.horizon()))) {
            throw new InvalidFieldException("slotStart", "appointments are booked at most " + plan.horizon().toDays() + " days ahead");
        }
        Slot slot = plan.slotAt(point, service, slotStart).orElseThrow(() -> new InvalidFieldException("slotStart",
                slotStart + " is not a slot at " + point.name() + ": slots start every " + plan.slotLength().toMinutes()
                        + " minutes within its opening hours (" + plan.zone() + ")"));
        appointments.bookingSuspendedUntil(citizenRef).filter(now::isBefore).ifPresent(until -> {
            refused("suspended");
            throw new RuleViolatedException("citizenRef", "online booking is suspended until " + until
                    + " after repeated no-shows; book at the counter or wait until then");
        });
        String id = UUID.randomUUID().toString();
        // three writes (the resident's hold, a place, the appointment): recorded first, so that a crash
        // between them is completed or undone by FinishAppointmentChanges
        operations.begin(AppointmentOperations.BOOKING, id, AppointmentOperations.facts(citizenRef, slot.key(), slotStart));
        crashPoints.reached("booking.recorded");
        if (!capacity.hold(citizenRef, slotStart, id)) {
            operations.finished(AppointmentOperations.BOOKING, id);
            refused("already-held");
            throw new RuleViolatedException("slotStart", "the resident already holds an appointment at " + slotStart);
        }
        crashPoints.reached("booking.held");
        if (!capacity.take(slot.key(), point.slotCapacity(), id)) {
            capacity.releaseHold(citizenRef, slotStart, id);
            operations.finished(AppointmentOperations.BOOKING, id);
            refused("slot-full");
            throw new RuleViolatedException("slotStart", "the slot at " + slotStart + " is full (" + point.slotCapacity()
                    + " places); choose another from GET /api/v1/service-points/" + point.id() + "/slots");
        }
        crashPoints.reached("booking.place-taken");
        // a failed save may still have been stored (the answer lost): the sweeper looks, then keeps or undoes
        Appointment saved = appointments.save(Appointment.book(id, citizenRef, point.id(), point.name(), service, slot, now));
        crashPoints.reached("booking.saved");
        operations.finished(AppointmentOperations.BOOKING, id);
        return saved;
    }

    /** Counted as {@code citizen.appointments.refused{reason}}: a full slot, a suspended resident, a slot already held. */
    private void refused(String reason) {
        meters.counter("citizen.appointments.refused", "reason", reason).increment();
    }

    /** The point's slots for a service on a local day, with places left. */
    public List<FreeSlot> slots(String servicePointId, OfferedService service, LocalDate day) {
        ServicePoint point = servicePoints.find(servicePointId).orElseThrow(() -> new NotFoundException("service point", servicePointId));
        if (!point.takesAppointmentsFor(service)) {
            throw new InvalidFieldException("service", point.name() + " takes no online appointments for " + service);
        }
        Instant now = clock.instant();
        return plan.slotsOn(point, service, day).stream().filter(slot -> slot.start().isAfter(now))
                .map(slot -> new FreeSlot(slot.start(), slot.end(), point.slotCapacity(),
                        Math.max(0, point.slotCapacity() - capacity.taken(slot.key())))).toList();
    }

    private ServicePoint bookablePoint(String servicePointId, OfferedService service, String field) {
        ServicePoint point = servicePoints.find(servicePointId)
                .orElseThrow(() -> new InvalidFieldException(field, "no service point '" + servicePointId + "'"));
        if (!point.takesAppointmentsFor(service)) {
            throw new InvalidFieldException("service", point.name() + " takes no online appointments for " + service
                    + (point.slotCapacity() == 0 ? " (it takes no online appointments at all)" : "; it offers " + point.services()));
        }
        return point;
    }
}
