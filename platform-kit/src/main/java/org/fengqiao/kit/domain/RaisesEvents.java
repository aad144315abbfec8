package org.fengqiao.kit.domain;

import java.util.List;

import org.fengqiao.events.PlatformEvent;

/**
 * An aggregate whose changes raise events. The aggregate alone registers them, as it changes; the
 * outbox ({@code OutboxStore.save(document, aggregate)}) stores them with the changed state in one
 * write, each at its own {@link PlatformEvent#occurredAt() time}, and publishes them from there.
 */
public interface RaisesEvents {

    /** The events raised since this object was created or restored, oldest first; empty when none. */
    List<? extends PlatformEvent> raisedEvents();
}
