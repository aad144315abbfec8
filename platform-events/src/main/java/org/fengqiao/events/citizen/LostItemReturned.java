package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A lost item was returned to its owner. Key: the item id.
 *
 * <p>Since v1.
 *
 * @param itemId the item's id
 * @param ownerRef the owner's reference
 * @param servicePointId where it was kept
 * @param returnedAt when
 */
public record LostItemReturned(String itemId, String ownerRef, String servicePointId, Instant returnedAt) implements CitizenEvent {

    public LostItemReturned {
        Require.text(itemId, "itemId");
        Require.text(ownerRef, "ownerRef");
        Require.text(servicePointId, "servicePointId");
        Require.present(returnedAt, "returnedAt");
    }

    @Override
    public String aggregateId() {
        return itemId;
    }

    @Override
    public Instant occurredAt() {
        return returnedAt;
    }
}
