package org.fengqiao.dispute.kpi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.fengqiao.events.dispute.DisputeAssigned;
import org.fengqiao.events.dispute.DisputeAwaitingParty;
import org.fengqiao.events.dispute.DisputeClosed;
import org.fengqiao.events.dispute.DisputeEscalated;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeReopened;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeResumed;
import org.fengqiao.events.dispute.DisputeTriaged;
import org.fengqiao.events.dispute.MediationSessionRecorded;

/**
 * What one dispute's events, folded in the order they were published, say about it at
 * {@code asOf}: only the facts the KPIs need. Events before the dispute's {@link DisputeReported}
 * (which the producer never writes) and any second {@code DisputeReported} are ignored.
 */
final class DisputeHistory {

    enum Status { REPORTED, OPEN, RESOLVED, CLOSED }

    private final String disputeId;
    private String gridCellId;
    private Instant reportedAt;
    private Status status;

    private DisputeLayer layer;
    /** When the dispute entered {@link #layer}; {@code null} while it is concluded. */
    private Instant layerSince;
    private final Map<DisputeLayer, Duration> dwell = new EnumMap<>(DisputeLayer.class);

    private Instant firstTriagedAt;
    private boolean mediated;
    private boolean everResolved;
    private Instant lastResolvedAt;
    private DisputeLayer resolvedAtLayer;
    private boolean closedPushedUpward;
    private boolean reopenedWithinWindow;

    /** The current assignment's deadline; {@code null} when the dispute is not assigned at its layer. */
    private Instant deadline;
    private boolean awaitingParty;

    /** The event types that change what the KPIs say; every other dispute event is ignored. */
    static final Set<Class<? extends DisputeEvent>> FOLDED = Set.of(DisputeReported.class, DisputeTriaged.class,
            DisputeAssigned.class, MediationSessionRecorded.class, DisputeEscalated.class, DisputeResolved.class,
            DisputeClosed.class, DisputeReopened.class, DisputeAwaitingParty.class, DisputeResumed.class);

    DisputeHistory(String disputeId) {
        this.disputeId = disputeId;
    }

    void apply(DisputeEvent event, Duration recurrenceWindow) {
        Instant at = event.occurredAt();
        if (event instanceof DisputeReported e) {
            if (reportedAt == null) {
                gridCellId = e.gridCellId();
                reportedAt = at;
                status = Status.REPORTED;
                enter(DisputeLayer.INFORMATION, at);
            }
            return;
        }
        if (reportedAt == null) {
            return;
        }
        if (event instanceof DisputeTriaged e) {
            if (firstTriagedAt == null) {
                firstTriagedAt = at;
            }
            status = Status.OPEN;
            enter(e.layer(), at);
        } else if (event instanceof DisputeAssigned e) {
            deadline = e.deadline();
        } else if (event instanceof MediationSessionRecorded) {
            mediated = true;
        } else if (event instanceof DisputeEscalated e) {
            status = Status.OPEN;
            enter(e.toLayer(), at);
            clearClock();
        } else if (event instanceof DisputeResolved e) {
            status = Status.RESOLVED;
            everResolved = true;
            lastResolvedAt = at;
            resolvedAtLayer = e.layer();
            closedPushedUpward = false;
            leave(at);
            clearClock();
        } else if (event instanceof DisputeClosed e) {
            status = Status.CLOSED;
            closedPushedUpward = e.pushedUpward();
            leave(at);
            clearClock();
        } else if (event instanceof DisputeReopened e) {
            if (status == Status.RESOLVED && !at.isBefore(lastResolvedAt)
                    && Duration.between(lastResolvedAt, at).compareTo(recurrenceWindow) <= 0) {
                reopenedWithinWindow = true;
            }
            status = Status.OPEN;
            closedPushedUpward = false;
            enter(e.layer(), at);
            clearClock();
        } else if (event instanceof DisputeAwaitingParty) {
            awaitingParty = true;
        } else if (event instanceof DisputeResumed e) {
            awaitingParty = false;
            if (e.deadline() != null) {
                deadline = e.deadline();
            }
        }
        // risk, deadline notices and joint-mediation invitations change none of the KPIs (not in FOLDED)
    }

    /** Stops the clock at {@code asOf} for a dispute still open. */
    void finish(Instant asOf) {
        leave(asOf);
    }

    private void enter(DisputeLayer next, Instant at) {
        leave(at);
        layer = next;
        layerSince = at;
        dwell.merge(next, Duration.ZERO, Duration::plus);
    }

    private void leave(Instant at) {
        if (layerSince != null) {
            dwell.merge(layer, Duration.between(layerSince, at), Duration::plus);
            layerSince = null;
        }
    }

    private void clearClock() {
        deadline = null;
        awaitingParty = false;
    }

    boolean wasReported() {
        return reportedAt != null;
    }

    String disputeId() {
        return disputeId;
    }

    String gridCellId() {
        return gridCellId;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    boolean concluded() {
        return status == Status.RESOLVED || status == Status.CLOSED;
    }

    boolean resolved() {
        return status == Status.RESOLVED;
    }

    boolean closedPushedUpward() {
        return status == Status.CLOSED && closedPushedUpward;
    }

    boolean mediated() {
        return mediated;
    }

    boolean everResolved() {
        return everResolved;
    }

    boolean reopenedWithinWindow() {
        return reopenedWithinWindow;
    }

    DisputeLayer resolvedAtLayer() {
        return resolvedAtLayer;
    }

    DisputeLayer layer() {
        return layer;
    }

    Instant firstTriagedAt() {
        return firstTriagedAt;
    }

    Instant lastResolvedAt() {
        return lastResolvedAt;
    }

    boolean overdueAt(Instant asOf) {
        Instant due = dueAt();
        return due != null && due.isBefore(asOf);
    }

    /** The deadline after which the dispute counts as overdue; {@code null} when it cannot be (concluded, unassigned, or awaiting a party). */
    Instant dueAt() {
        return concluded() || awaitingParty ? null : deadline;
    }

    /**
     * When the dispute's clock at its current layer would have started, had it spent all its time
     * at that layer in one visit: it entered the layer at {@code layerSince}, having spent
     * {@code dwell(layer)} there before. {@code null} while it is concluded. Before {@link #finish},
     * its dwell at the layer at any moment {@code t} is {@code t - clockStart()}.
     */
    Instant clockStart() {
        return layerSince == null ? null : layerSince.minus(dwell.getOrDefault(layer, Duration.ZERO));
    }

    /** Time spent at each layer the dispute entered (zero for a layer left the moment it was entered). */
    Map<DisputeLayer, Duration> dwell() {
        return Collections.unmodifiableMap(dwell);
    }
}
