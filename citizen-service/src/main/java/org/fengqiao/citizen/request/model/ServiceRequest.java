package org.fengqiao.citizen.request.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.citizen.HandOver;
import org.fengqiao.events.citizen.ServiceChannel;
import org.fengqiao.events.citizen.ServiceRequestKind;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * A resident's application for household registration, an ID card or a residence permit, and its
 * way to them:
 * <ul>
 *   <li>at a service point: collected at the counter → submitted → ready → picked up;</li>
 *   <li>door-to-door, for someone elderly, ill or disabled who cannot come in: requested (by
 *       them, a relative or an officer) → scheduled → collected at home → submitted → ready →
 *       delivered;</li>
 *   <li>in an enterprise batch: collected on site → submitted → ready → delivered by community police.</li>
 * </ul>
 * The person named by {@code notifyRef} hears when the visit is scheduled, when it is ready and
 * when it has reached them.
 */
public final class ServiceRequest implements RaisesEvents<ServiceRequestChanged> {

    /** The station's tally counters a request adds to when opened, by its kind and channel. */
    public static final String PRE_ACCEPTANCE_COUNTER = "preAcceptanceCases";
    public static final String DOOR_TO_DOOR_COUNTER = "doorToDoorServices";
    public static final String ENTERPRISE_APPLICATIONS_COUNTER = "enterpriseApplications";

    public enum Status {
        REQUESTED, SCHEDULED, COLLECTED, SUBMITTED, READY, DELIVERED, PICKED_UP;

        public boolean finished() {
            return this == DELIVERED || this == PICKED_UP;
        }
    }

    /** Who asked for it. */
    public enum RequestedBy {
        SELF, RELATIVE, OFFICER
    }

    /** Why a door-to-door visit is needed. */
    public enum DoorToDoorReason {
        ELDERLY, ILL, DISABLED
    }

    /** One step of the request's way, for its history. */
    public record Step(Status status, Instant at, String by) {
    }

    /**
     * @param originVisitId   the home visit whose finding opened the request, or null
     * @param originFindingId that finding, or null
     */
    public record Snapshot(String id, ServiceRequestKind kind, ServiceChannel channel, Applicant applicant, String notifyRef,
                           RequestedBy requestedBy, DoorToDoorReason reason, String servicePointId, String gridCellId, String batchId,
                           String originVisitId, String originFindingId, Status status, String officerId, Instant scheduledFor,
                           List<Step> history, Instant openedAt, Long version) {

        public Snapshot {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public HandOver handOver() {
            return channel == ServiceChannel.AT_SERVICE_POINT ? HandOver.PICK_UP : HandOver.DELIVERY;
        }
    }

    /** What opening a request needs; origin fields and door-to-door fields may be null where they do not apply. */
    public record Opening(ServiceRequestKind kind, ServiceChannel channel, Applicant applicant, String notifyRef, RequestedBy requestedBy,
                          DoorToDoorReason reason, String servicePointId, String gridCellId, String batchId, String originVisitId,
                          String originFindingId, String openedBy) {
    }

    private Snapshot s;
    private final List<ServiceRequestChanged> raised = new ArrayList<>();

    private ServiceRequest(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    public static ServiceRequest open(String id, Opening o, Instant now) {
        if (o.channel() == ServiceChannel.DOOR_TO_DOOR && (o.reason() == null || o.gridCellId() == null)) {
            throw new IllegalArgumentException("a door-to-door request says why the person cannot come in and in which grid cell they live");
        }
        Status first = o.channel() == ServiceChannel.DOOR_TO_DOOR ? Status.REQUESTED : Status.COLLECTED;
        String notify = o.notifyRef() == null ? o.applicant().citizenRef() : o.notifyRef();
        ServiceRequest r = new ServiceRequest(new Snapshot(id, o.kind(), o.channel(), o.applicant(), notify, o.requestedBy(), o.reason(),
                o.servicePointId(), o.gridCellId(), o.batchId(), o.originVisitId(), o.originFindingId(), first, null, null,
                List.of(new Step(first, now, o.openedBy())), now, null));
        r.raised.add(new ServiceRequestChanged.ServiceRequestOpened(id, o.kind(), o.channel(), o.applicant().citizenRef(),
                notify, o.servicePointId(), o.gridCellId(), o.batchId(), o.originVisitId(), now));
        return r;
    }

    public static ServiceRequest restore(Snapshot snapshot) {
        return new ServiceRequest(snapshot);
    }

    /** An officer will visit the person's home (door-to-door only); rescheduling is allowed until the visit. */
    public void schedule(String officerId, Instant when, Instant now) {
        requireChannel(ServiceChannel.DOOR_TO_DOOR, "scheduled for a home visit");
        require("schedule", Status.REQUESTED, Status.SCHEDULED);
        move(Status.SCHEDULED, officerId, now, officerId, when);
        raised.add(new ServiceRequestChanged.DoorToDoorVisitScheduled(s.id(), s.applicant().citizenRef(), s.notifyRef(),
                officerId, when, now));
    }

    /** The officer collected photo, fingerprints and documents at the person's home (door-to-door only). */
    public void collectAtHome(String officerId, String idNumber, Instant now) {
        requireChannel(ServiceChannel.DOOR_TO_DOOR, "collected at home");
        require("collect at home", Status.SCHEDULED);
        Applicant applicant = idNumber == null ? s.applicant() : s.applicant().withIdNumber(idNumber);
        s = with(applicant);
        move(Status.COLLECTED, officerId, now, s.officerId(), s.scheduledFor());
    }

    /** Sent to the issuing bureau. */
    public void submit(String by, Instant now) {
        require("submit", Status.COLLECTED);
        move(Status.SUBMITTED, by, now, s.officerId(), s.scheduledFor());
    }

    /** The card or document is ready; the person hears where ({@code servicePointName}) and how they get it. */
    public void ready(String by, String servicePointName, Instant now) {
        require("mark ready", Status.SUBMITTED);
        move(Status.READY, by, now, s.officerId(), s.scheduledFor());
        raised.add(new ServiceRequestChanged.ServiceRequestReady(s.id(), s.kind(), s.channel(), s.applicant().citizenRef(),
                s.notifyRef(), s.servicePointId(), servicePointName, s.handOver(), now));
    }

    /** Delivered to the person (door-to-door, enterprise). */
    public void deliver(String officerId, Instant now) {
        require("deliver", Status.READY);
        if (s.handOver() != HandOver.DELIVERY) {
            throw new RuleViolatedException("status", "a request made at a service point is picked up there, not delivered");
        }
        move(Status.DELIVERED, officerId, now, officerId, s.scheduledFor());
        raised.add(new ServiceRequestChanged.ServiceRequestCompleted(s.id(), s.kind(), s.channel(), s.applicant().citizenRef(),
                s.notifyRef(), HandOver.DELIVERY, now));
    }

    /** Picked up at the service point. */
    public void pickUp(String by, Instant now) {
        require("record as picked up", Status.READY);
        if (s.handOver() != HandOver.PICK_UP) {
            throw new RuleViolatedException("status", "a " + s.channel() + " request is delivered to the person, not picked up");
        }
        move(Status.PICKED_UP, by, now, s.officerId(), s.scheduledFor());
        raised.add(new ServiceRequestChanged.ServiceRequestCompleted(s.id(), s.kind(), s.channel(), s.applicant().citizenRef(),
                s.notifyRef(), HandOver.PICK_UP, now));
    }

    private void requireChannel(ServiceChannel channel, String what) {
        if (s.channel() != channel) {
            throw new RuleViolatedException("channel", "only a " + channel + " request is " + what + "; this one is " + s.channel());
        }
    }

    private void require(String action, Status... allowed) {
        if (!List.of(allowed).contains(s.status())) {
            throw new RuleViolatedException("status", "cannot " + action + " a request that is " + s.status() + " (needs " + List.of(allowed) + ")");
        }
    }

    private Snapshot with(Applicant applicant) {
        return new Snapshot(s.id(), s.kind(), s.channel(), applicant, s.notifyRef(), s.requestedBy(), s.reason(), s.servicePointId(),
                s.gridCellId(), s.batchId(), s.originVisitId(), s.originFindingId(), s.status(), s.officerId(), s.scheduledFor(), s.history(),
                s.openedAt(), s.version());
    }

    private void move(Status to, String by, Instant now, String officerId, Instant scheduledFor) {
        List<Step> history = new ArrayList<>(s.history());
        history.add(new Step(to, now, by));
        s = new Snapshot(s.id(), s.kind(), s.channel(), s.applicant(), s.notifyRef(), s.requestedBy(), s.reason(), s.servicePointId(),
                s.gridCellId(), s.batchId(), s.originVisitId(), s.originFindingId(), to, officerId, scheduledFor, history, s.openedAt(),
                s.version());
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public List<ServiceRequestChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
