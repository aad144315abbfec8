package org.fengqiao.kit.persistence;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents as this process last wrote them, by id, so that the next write of the same document
 * needs no read first. Only an optimisation: what is not here is read from the store, and a write
 * made from a remembered copy must be version-checked, so that another writer's change in between
 * makes it match nothing (then forget the id and read). Bounded: past {@code maxEntries} it
 * starts afresh.
 */
public final class LastWritten<V> {

    private final ConcurrentHashMap<String, V> written = new ConcurrentHashMap<>();
    private final int maxEntries;

    public LastWritten(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The copy last written of {@code id}, or null. */
    public V get(String id) {
        return written.get(id);
    }

    /** The copy last written of {@code id}, or null, forgotten here: whoever takes it writes next. */
    public V take(String id) {
        return written.remove(id);
    }

    public void remember(String id, V document) {
        if (written.size() >= maxEntries) {
            written.clear();
        }
        written.put(id, document);
    }

    public void forget(String id) {
        written.remove(id);
    }
}
