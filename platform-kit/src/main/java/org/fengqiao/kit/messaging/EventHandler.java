package org.fengqiao.kit.messaging;

import org.fengqiao.events.PlatformEvent;

/**
 * Handles one event type. Handlers must be idempotent: the same event (same {@code ce_id}) may
 * arrive more than once, and the second time must change nothing.
 */
@FunctionalInterface
public interface EventHandler<T extends PlatformEvent> {

    void handle(InboundEvent<T> event);
}
