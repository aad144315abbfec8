package org.fengqiao.kit.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventType;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.kit.privacy.PersonalData;
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
 * @param trace         the trace it was raised in, as the headers that carry it ({@code traceparent}); empty
 *                      when nothing was traced (and {@code null} in events stored before it was kept)
 * @param writtenBy     the instance of the service that wrote it ({@code platform.instance-id}), whose
 *                      relay publishes it; {@code null} in events stored before it was kept
 * @param writtenAt     when it was written; {@code null} likewise
 */
public record PendingEvent(String eventId, String type, String topic, String key, Instant occurredAt,
                           String correlationId, String causationId, String payload, Map<String, String> trace,
                           String writtenBy, Instant writtenAt) {

    /**
     * Wraps an event raised now, inside the current flow (see {@link CorrelationContext}) and
     * trace; ID-card and phone numbers in its free text are masked ({@link PersonalData}).
     */
    public static PendingEvent of(PlatformEvent event, Map<String, String> trace, String writtenBy, Instant writtenAt) {
        EventType<?> type = EventCatalog.of(event);
        return new PendingEvent(UUID.randomUUID().toString(), type.name(), type.topic(), event.aggregateId(), event.occurredAt(),
                CorrelationContext.correlationId(), CorrelationContext.causationId(), PersonalData.maskJson(EventJson.write(event)), trace,
                writtenBy, writtenAt);
    }
}
