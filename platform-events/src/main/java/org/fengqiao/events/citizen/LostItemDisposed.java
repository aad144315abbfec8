package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A lost item nobody collected within the keeping time was disposed of, with a record. Key: the item id.
 *
 * <p>Since v1.
 *
 * @param itemId the item's id
 * @param itemKind what it was
 * @param servicePointId where it was kept
 * @param heldSince when it was handed over
 * @param disposedAt when
 */
public record LostItemDisposed(String itemId, LostItemKind itemKind, String servicePointId, Instant heldSince, Instant disposedAt) implements CitizenEvent {

    public LostItemDisposed {
        Require.text(itemId, "itemId");
        Require.present(itemKind, "itemKind");
        Require.text(servicePointId, "servicePointId");
        Require.present(heldSince, "heldSince");
        Require.present(disposedAt, "disposedAt");
    }

    @Override
    public String aggregateId() {
        return itemId;
    }

    @Override
    public Instant occurredAt() {
        return disposedAt;
    }
}
