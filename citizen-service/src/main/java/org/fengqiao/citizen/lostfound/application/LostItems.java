package org.fengqiao.citizen.lostfound.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.lostfound.model.LostItem;

/** Where lost items are kept; saving one stores its events in the same write. */
public interface LostItems {

    LostItem save(LostItem item);

    Optional<LostItem> find(String id);

    /** Newest first; a null criterion does not filter. */
    List<LostItem> search(LostItem.Status status, String handoverId, int limit);

    /** The items of one owner, newest first. */
    List<LostItem> byOwner(String ownerRef, int limit);

    /** Items still kept (held or awaiting their owner) whose keeping time ended before {@code now}. */
    List<LostItem> keptPast(Instant now, int limit);
}
