package org.fengqiao.kit.messaging;

import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.PlatformEvent;

/**
 * An event received from a topic: its CloudEvents attributes, its payload, and where it was read
 * ({@code null} when the record did not say, e.g. an event handed over in-process).
 */
public record InboundEvent<T extends PlatformEvent>(EventEnvelope envelope, T payload, RecordPosition position) {

    public InboundEvent(EventEnvelope envelope, T payload) {
        this(envelope, payload, null);
    }
}
