package org.fengqiao.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.kit.observability.CorrelationContext;

/**
 * An event waiting in its aggregate's document to be published. It is serialised when raised, so
 * what is published is exactly what was stored with the state change.
 *
 * @param eventId       becomes {@code ce_id}
 * @param type          the event type name ({@code ce_type})
 * @param topic         where it goes
 * @param key           the aggregate id (record key and {@code ce_subject})
 * @param occurredAt    {@code ce_time}: the event's own {@link PlatformEvent#occurredAt() time}
 * @param correlationId the flow it belongs to
 * @param causationId   what caused it, if known
 * @param payload       the JSON body
 */
public record PendingEvent(String eventId, String type, String topic, String key, Instant occurredAt,
                           String correlationId, String causationId, String payload) {

    /** Wraps an event raised now, inside the current flow (see {@link CorrelationContext}). */
    public static PendingEvent of(PlatformEvent event) {
        EventType<?> type = EventCatalog.of(event);
        return new PendingEvent(UUID.randomUUID().toString(), type.name(), type.topic(), event.aggregateId(), event.occurredAt(),
                CorrelationContext.correlationId(), CorrelationContext.causationId(), EventJson.write(event));
    }
}
