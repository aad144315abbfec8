package org.fengqiao.kit.outbox;

import java.util.List;

import org.fengqiao.events.PlatformEvent;

/**
 * How a service publishes its events: each of its {@link org.fengqiao.kit.domain.DomainEvent domain
 * events} as the records of the public contract ({@code platform-events}), at the edge, so the
 * model and the contract can change apart. One per service; a pure function, tested on its own.
 * Each record it gives is published at its own {@link PlatformEvent#occurredAt() time}, which is
 * the domain event's.
 *
 * @param <E> the service's events
 */
@FunctionalInterface
public interface Contract<E> {

    /** The records that publish {@code event}, in order: usually one, none for an event kept inside the service. */
    List<? extends PlatformEvent> publish(E event);
}
