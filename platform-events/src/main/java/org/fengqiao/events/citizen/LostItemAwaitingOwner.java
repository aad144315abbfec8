package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A lost item handed over to the station was matched to its owner (e.g. from a card inside), who is told where to collect it. Key: the item id.
 *
 * <p>Since v1.
 *
 * @param itemId the item's id
 * @param ownerRef the owner's reference
 * @param itemKind what it is
 * @param servicePointId where it is kept
 * @param servicePointName its public name, for the owner
 * @param keptUntil after this it is disposed of
 * @param notifiedAt when
 */
public record LostItemAwaitingOwner(String itemId, String ownerRef, LostItemKind itemKind, String servicePointId, String servicePointName, Instant keptUntil, Instant notifiedAt) implements CitizenEvent {

    public LostItemAwaitingOwner {
        Require.text(itemId, "itemId");
        Require.text(ownerRef, "ownerRef");
        Require.present(itemKind, "itemKind");
        Require.text(servicePointId, "servicePointId");
        Require.text(servicePointName, "servicePointName");
        Require.present(keptUntil, "keptUntil");
        Require.present(notifiedAt, "notifiedAt");
    }

    @Override
    public String aggregateId() {
        return itemId;
    }

    @Override
    public Instant occurredAt() {
        return notifiedAt;
    }
}
