package org.fengqiao.citizen.lostfound.model;

import java.time.Instant;

import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a lost item, as {@link LostItem} registers it, each with the moment it happened.
 * The service's contract ({@code CitizenContract}) publishes each as the {@code citizen.events}
 * record of the same name.
 */
public sealed interface LostItemChanged extends DomainEvent {

    String itemId();

    /** Its owner was found and told where to collect it, and until when it is kept. */
    record LostItemAwaitingOwner(String itemId, String ownerRef, LostItemKind itemKind, String servicePointId, String servicePointName,
                                 Instant keptUntil, Instant occurredAt) implements LostItemChanged {
    }

    record LostItemReturned(String itemId, String ownerRef, String servicePointId, Instant occurredAt) implements LostItemChanged {
    }

    /** Kept its full time and never collected. */
    record LostItemDisposed(String itemId, LostItemKind itemKind, String servicePointId, Instant heldSince, Instant occurredAt)
            implements LostItemChanged {
    }
}
