package org.fengqiao.kit.persistence;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data read by key on every event (a template, a recipient's channels), kept in memory
 * for a short time so an event does not cost a store read per lookup. A write made through this
 * process forgets the key at once; a write made by another replica is seen after at most
 * {@code ttl}. Bounded: past {@code maxEntries} it starts afresh.
 */
public final class ReadThroughCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    public ReadThroughCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key}, from memory while it is fresh, else from {@code load} (which may return an empty Optional: kept too). */
    public V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        V value = load.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        return value;
    }

    /** Forgets {@code key}: the next read goes to the store. Call it after a write. */
    public void forget(K key) {
        entries.remove(key);
    }
}
