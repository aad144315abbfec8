package org.fengqiao.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.PlatformEvent;
import org.springframework.data.annotation.Version;

/**
 * Base of every Mongo document whose aggregate raises events. The document holds the state only;
 * {@link OutboxStore#save(OutboxDocument, org.fengqiao.kit.domain.RaisesEvents, Contract)} adds
 * the events the aggregate raised, as the service's contract publishes them, each at its own time, so the state change and its events are written in
 * ONE document write (no multi-document transaction needed); {@link OutboxRelay}
 * publishes the pending events and removes each only after the broker acknowledged it. A crash in
 * between gives a duplicate, never a gap. {@code @Version} makes concurrent writers of the same
 * aggregate fail instead of overwriting each other.
 */
public abstract class OutboxDocument {

    /** Name of the field the relay looks for. */
    public static final String PENDING_EVENTS = "pendingEvents";
    /**
     * Where the relay parks an event the broker can never take, with why; not mapped here, so a
     * writer's update leaves it alone.
     */
    public static final String PARKED_EVENTS = "parkedEvents";

    @Version
    private Long version;

    private List<PendingEvent> pendingEvents = new ArrayList<>();

    /**
     * Records an event to be published once this document is saved; only {@link OutboxStore}
     * does, with the events the aggregate raised.
     */
    void raise(PlatformEvent event, Map<String, String> trace, String writtenBy, java.time.Instant writtenAt) {
        pendingEvents.add(PendingEvent.of(event, trace, writtenBy, writtenAt));
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<PendingEvent> getPendingEvents() {
        return pendingEvents;
    }

    public void setPendingEvents(List<PendingEvent> pendingEvents) {
        this.pendingEvents = pendingEvents == null ? new ArrayList<>() : pendingEvents;
    }
}
