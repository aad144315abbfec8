package org.fengqiao.citizen.appointment.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * An online appointment (网上预约): a resident books a slot for a service at a service point. It is
 * booked, then cancelled (before it starts), attended, or missed (a no-show, counted by the
 * {@link NoShowRule}). The resident is told of the booking and reminded before it.
 */
public final class Appointment implements RaisesEvents<AppointmentChanged> {

    /** The station's tally counter of online appointments booked (whatever became of them). */
    public static final String BOOKED_COUNTER = "onlineAppointments";

    public enum Status {
        BOOKED, CANCELLED, ATTENDED, MISSED
    }

    /**
     * @param bookingSuspendedUntil set on a MISSED appointment whose no-show met the rule: until
     *                              then the resident cannot book online
     */
    public record Snapshot(String id, String citizenRef, String servicePointId, OfferedService service, Instant slotStart,
                           Instant slotEnd, Status status, Instant bookedAt, Instant remindedAt, Instant closedAt,
                           AppointmentParty cancelledBy, String cancelReason, Instant bookingSuspendedUntil, Long version) {
    }

    private Snapshot s;
    private final List<AppointmentChanged> raised = new ArrayList<>();

    private Appointment(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    /** Books {@code slot}; {@code servicePointName} is for the resident's confirmation. */
    public static Appointment book(String id, String citizenRef, String servicePointId, String servicePointName, OfferedService service,
                                   Slot slot, Instant now) {
        if (!slot.start().isAfter(now)) {
            throw new IllegalStateException("a slot that has started cannot be booked");
        }
        Appointment a = new Appointment(new Snapshot(id, citizenRef, servicePointId, service, slot.start(), slot.end(), Status.BOOKED, now,
                null, null, null, null, null, null));
        a.raised.add(new AppointmentChanged.AppointmentBooked(id, citizenRef, servicePointId, servicePointName, service.name(),
                slot.start(), slot.end(), now));
        return a;
    }

    public static Appointment restore(Snapshot snapshot) {
        return new Appointment(snapshot);
    }

    /** Frees the slot; only a booked appointment that has not started can be cancelled. */
    public void cancel(AppointmentParty by, String reason, Instant now) {
        requireBooked("cancel");
        if (!now.isBefore(s.slotStart())) {
            throw new RuleViolatedException("status", "the appointment started at " + s.slotStart()
                    + "; record it as attended or missed instead of cancelling it");
        }
        s = new Snapshot(s.id(), s.citizenRef(), s.servicePointId(), s.service(), s.slotStart(), s.slotEnd(), Status.CANCELLED,
                s.bookedAt(), s.remindedAt(), now, by, reason, null, s.version());
        raised.add(new AppointmentChanged.AppointmentCancelled(s.id(), s.citizenRef(), s.servicePointId(), s.slotStart(), by, reason, now));
    }

    /** The resident came. Recorded from the slot's start on. */
    public void attend(Instant now) {
        requireBooked("record as attended");
        if (now.isBefore(s.slotStart().minus(java.time.Duration.ofHours(1)))) {
            throw new RuleViolatedException("status", "the appointment starts at " + s.slotStart() + "; it cannot be attended yet");
        }
        s = new Snapshot(s.id(), s.citizenRef(), s.servicePointId(), s.service(), s.slotStart(), s.slotEnd(), Status.ATTENDED,
                s.bookedAt(), s.remindedAt(), now, null, null, null, s.version());
    }

    /**
     * The resident did not come: recorded once the slot has ended. {@code priorNoShows} are this
     * resident's earlier no-shows' slot starts; the rule decides whether booking is suspended.
     */
    public void miss(NoShowRule rule, List<Instant> priorNoShows, Instant now) {
        requireBooked("record as missed");
        if (now.isBefore(s.slotEnd())) {
            throw new RuleViolatedException("status", "the slot ends at " + s.slotEnd() + "; a no-show is recorded after it");
        }
        int inWindow = rule.noShowsInWindow(priorNoShows, s.slotStart());
        Instant suspendedUntil = rule.suspendedUntil(inWindow, now);
        s = new Snapshot(s.id(), s.citizenRef(), s.servicePointId(), s.service(), s.slotStart(), s.slotEnd(), Status.MISSED,
                s.bookedAt(), s.remindedAt(), now, null, null, suspendedUntil, s.version());
        raised.add(new AppointmentChanged.AppointmentMissed(s.id(), s.citizenRef(), s.servicePointId(), s.slotStart(),
                inWindow, suspendedUntil, now));
    }

    /** Raises the reminder once, for a booked appointment. Returns whether it did. */
    public boolean remind(String servicePointName, Instant now) {
        if (s.status() != Status.BOOKED || s.remindedAt() != null) {
            return false;
        }
        s = new Snapshot(s.id(), s.citizenRef(), s.servicePointId(), s.service(), s.slotStart(), s.slotEnd(), s.status(), s.bookedAt(),
                now, s.closedAt(), s.cancelledBy(), s.cancelReason(), s.bookingSuspendedUntil(), s.version());
        raised.add(new AppointmentChanged.AppointmentReminderDue(s.id(), s.citizenRef(), s.servicePointId(), servicePointName,
                s.service().name(), s.slotStart(), now));
        return true;
    }

    private void requireBooked(String action) {
        if (s.status() != Status.BOOKED) {
            throw new RuleViolatedException("status", "an appointment that is " + s.status() + " cannot " + action);
        }
    }

    public Slot slot() {
        return new Slot(s.servicePointId(), s.service(), s.slotStart(), s.slotEnd());
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public List<AppointmentChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
