package org.fengqiao.kit.domain;

import java.util.List;

/**
 * An aggregate whose changes raise events, its own {@link DomainEvent domain events}. The aggregate
 * alone registers them, as it changes; the outbox ({@code OutboxStore.save(document, aggregate,
 * contract)}) stores them, as the service's contract publishes them, with the changed state in one
 * write.
 *
 * @param <E> what it raises
 */
public interface RaisesEvents<E> {

    /** The events raised since this object was created or restored, oldest first; empty when none. */
    List<? extends E> raisedEvents();
}
