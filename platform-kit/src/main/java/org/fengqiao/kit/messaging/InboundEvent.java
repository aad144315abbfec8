package org.fengqiao.kit.messaging;

import org.fengqiao.events.EventEnvelope;
import org.fengqiao.events.PlatformEvent;

/** An event received from a topic: its CloudEvents attributes and its payload. */
public record InboundEvent<T extends PlatformEvent>(EventEnvelope envelope, T payload) {
}
