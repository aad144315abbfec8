package org.fengqiao.kit.recovery;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.web.IdempotencyKeys;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the request this thread handles says about being a retry: its {@code Idempotency-Key}'s
 * entry ({@link IdempotencyKeys}), and the ids of what it creates derived from it, so that the
 * same request retried after its process died (its effect stored, its answer never kept) makes
 * the same ids and finds what the first made instead of making it a second time.
 */
public final class RetriedRequests {

    /** The key's entry of the current request, if it came with an {@code Idempotency-Key}; null otherwise and outside requests. */
    public static String currentEntry() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object entry = request == null ? null : request.getAttribute(IdempotencyKeys.ENTRY, RequestAttributes.SCOPE_REQUEST);
        return entry instanceof String value ? value : null;
    }

    /** Whether the current request came with an {@code Idempotency-Key}, so that what it creates may exist already. */
    private static boolean mayBeARetry() {
        return currentEntry() != null;
    }

    /**
     * What an earlier try of the current request made under {@code id}, found by {@code find}:
     * looked up only when the request came with an {@code Idempotency-Key} (without one, nothing
     * can have been made under a new id before, and nothing is read).
     */
    public static <T> Optional<T> madeEarlier(String id, Function<String, Optional<T>> find) {
        return mayBeARetry() ? find.apply(id) : Optional.empty();
    }

    /**
     * The id of what the current request creates, for {@code purpose} (e.g. "dispute"): derived
     * from its key's entry when it came with an {@code Idempotency-Key}; a random one otherwise.
     */
    public static String newId(String purpose) {
        String entry = currentEntry();
        return entry == null ? UUID.randomUUID().toString() : DerivedIds.of(entry, purpose);
    }

    private RetriedRequests() {
    }
}
