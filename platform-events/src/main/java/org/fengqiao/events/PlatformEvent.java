package org.fengqiao.events;

/**
 * A fact that happened on the platform, published on one of the {@link Topics}. Every event is
 * an immutable record named in the past tense; its {@link #aggregateId()} is the Kafka key and
 * the CloudEvents {@code subject}.
 */
public interface PlatformEvent {

    /** Id of the aggregate this event belongs to (record key, CloudEvents subject). */
    String aggregateId();

    /**
     * When it happened: the event's own time field ({@code reportedAt}, {@code triagedAt}, ...),
     * published as the CloudEvents {@code time}. One of the record's fields, never a field of
     * its own in the JSON.
     */
    java.time.Instant occurredAt();
}
