package org.fengqiao.gateway.limits;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One limit (so many requests per period) with a token bucket per key: a person, a client, an
 * address. Buckets refill greedily, so a key that has been idle for a whole refill period has a
 * full bucket again; such a bucket is forgotten, and a new full one made when the key returns,
 * which changes nothing for it. Besides, at most {@code maxKeys} buckets are kept, the least
 * recently used going first, so no flood of new keys can exhaust memory.
 */
final class RateLimit {

    private final String name;
    private final long capacity;
    private final long refillNanos;
    private final int maxKeys;
    private final TimeMeter clock;
    private final LinkedHashMap<String, Tracked> buckets = new LinkedHashMap<>(256, 0.75f, true);

    RateLimit(String name, RateLimitProperties.Limit limit, int maxKeys) {
        this(name, limit, maxKeys, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimit(String name, RateLimitProperties.Limit limit, int maxKeys, TimeMeter clock) {
        this.name = name;
        this.capacity = limit.capacity();
        this.refillNanos = limit.refillPeriod().toNanos();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Takes one request from the key's bucket, or says how long to wait for one. */
    Admission take(String key) {
        ConsumptionProbe probe = bucketOf(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Admission.ADMITTED : Admission.refusedFor(probe.getNanosToWaitForRefill());
    }

    String name() {
        return name;
    }

    synchronized int trackedKeys() {
        return buckets.size();
    }

    private synchronized Bucket bucketOf(String key) {
        long now = clock.currentTimeNanos();
        forgetIdle(now);
        Tracked tracked = buckets.get(key);
        if (tracked == null) {
            tracked = new Tracked(Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofNanos(refillNanos)))
                    .withCustomTimePrecision(clock)
                    .build());
            buckets.put(key, tracked);
            if (buckets.size() > maxKeys) {
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        tracked.lastUsed = now;
        return tracked.bucket;
    }

    /** Buckets are in least-recently-used order: forget from the eldest until one was used within a refill period. */
    private void forgetIdle(long now) {
        Iterator<Map.Entry<String, Tracked>> eldest = buckets.entrySet().iterator();
        while (eldest.hasNext()) {
            if (now - eldest.next().getValue().lastUsed < refillNanos) {
                return;
            }
            eldest.remove();
        }
    }

    private static final class Tracked {

        private final Bucket bucket;
        private long lastUsed;

        private Tracked(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
