package org.fengqiao.kit.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Ids of effects derived from the event that caused them, so that handling the same event twice
 * writes the same id twice and the second write is refused by the store (an idempotent effect
 * without a separate "already handled" record).
 */
public final class DerivedIds {

    public static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(UTF_8)).toString();
    }

    private DerivedIds() {
    }
}
