package org.fengqiao.citizen.lostfound.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * A lost item handed over to the station (e.g. by a library's duty desk). Its owner is identified
 * where possible (a card inside a bag) and told where to collect it; it is returned, or disposed
 * of with a record once kept for the configured time unclaimed.
 */
public final class LostItem implements RaisesEvents<LostItemChanged> {

    /** The station's tally counters of lost items received, returned to their owners and disposed of. */
    public static final String RECEIVED_COUNTER = "lostItemsReceived";
    public static final String RETURNED_COUNTER = "lostItemsReturned";
    public static final String DISPOSED_COUNTER = "lostItemsDisposed";

    public enum Status {
        /** Kept; the owner is not known yet. */
        HELD,
        /** The owner is known and has been told. */
        OWNER_NOTIFIED,
        RETURNED,
        DISPOSED
    }

    public record Snapshot(String id, String handoverId, LostItemKind kind, String description, String handedOverBy, String servicePointId,
                           Instant receivedAt, Instant keptUntil, String ownerRef, Status status, Instant notifiedAt, Instant closedAt,
                           String closedBy, Long version) {
    }

    private Snapshot s;
    private final List<LostItemChanged> raised = new ArrayList<>();

    private LostItem(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    /** Received for keeping for {@code keepFor} at the point named {@code servicePointName}; an owner known from the item is told at once. */
    public static LostItem receive(String id, String handoverId, LostItemKind kind, String description, String handedOverBy,
                                   String servicePointId, String servicePointName, String ownerRef, Duration keepFor, Instant now) {
        LostItem item = new LostItem(new Snapshot(id, handoverId, kind, description, handedOverBy, servicePointId, now, now.plus(keepFor), null,
                Status.HELD, null, null, null, null));
        if (ownerRef != null) {
            item.identifyOwner(ownerRef, servicePointName, now);
        }
        return item;
    }

    public static LostItem restore(Snapshot snapshot) {
        return new LostItem(snapshot);
    }

    /** The owner is identified (or corrected); they are told where ({@code servicePointName}) to collect the item. */
    public void identifyOwner(String ownerRef, String servicePointName, Instant now) {
        requireKept("identify the owner of");
        if (!now.isBefore(s.keptUntil())) {
            throw new RuleViolatedException("keptUntil", "the item was kept until " + s.keptUntil()
                    + " and is due to be disposed of; return it at the desk if its owner is there");
        }
        s = new Snapshot(s.id(), s.handoverId(), s.kind(), s.description(), s.handedOverBy(), s.servicePointId(), s.receivedAt(), s.keptUntil(),
                ownerRef, Status.OWNER_NOTIFIED, now, null, null, s.version());
        raised.add(new LostItemChanged.LostItemAwaitingOwner(s.id(), ownerRef, s.kind(), s.servicePointId(), servicePointName,
                s.keptUntil(), now));
    }

    /** Returned to its owner (or, for an item whose owner was unknown, to the person who proved it theirs). */
    public void returnTo(String claimantRef, String by, Instant now) {
        requireKept("return");
        String owner = s.ownerRef() != null ? s.ownerRef() : claimantRef;
        if (owner == null) {
            throw new RuleViolatedException("ownerRef", "say who collected it: the item's owner is not known yet");
        }
        if (s.ownerRef() != null && claimantRef != null && !s.ownerRef().equals(claimantRef)) {
            throw new RuleViolatedException("ownerRef", "the item belongs to " + s.ownerRef() + ", not " + claimantRef
                    + "; correct the owner first if that was wrong");
        }
        s = new Snapshot(s.id(), s.handoverId(), s.kind(), s.description(), s.handedOverBy(), s.servicePointId(), s.receivedAt(), s.keptUntil(),
                owner, Status.RETURNED, s.notifiedAt(), now, by, s.version());
        raised.add(new LostItemChanged.LostItemReturned(s.id(), owner, s.servicePointId(), now));
    }

    /** Disposed of with a record, once kept past {@code keptUntil} unclaimed. */
    public void dispose(String by, Instant now) {
        requireKept("dispose of");
        if (now.isBefore(s.keptUntil())) {
            throw new RuleViolatedException("keptUntil", "the item is kept until " + s.keptUntil() + "; it cannot be disposed of before");
        }
        s = new Snapshot(s.id(), s.handoverId(), s.kind(), s.description(), s.handedOverBy(), s.servicePointId(), s.receivedAt(), s.keptUntil(),
                s.ownerRef(), Status.DISPOSED, s.notifiedAt(), now, by, s.version());
        raised.add(new LostItemChanged.LostItemDisposed(s.id(), s.kind(), s.servicePointId(), s.receivedAt(), now));
    }

    private void requireKept(String action) {
        if (s.status() == Status.RETURNED || s.status() == Status.DISPOSED) {
            throw new RuleViolatedException("status", "cannot " + action + " an item that is " + s.status());
        }
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public List<LostItemChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
