package org.fengqiao.kit.domain;

import java.time.Instant;

/**
 * Something that happened to an aggregate, in the service's own terms: a record the aggregate
 * registers as it changes. The service's contract translates it into the published records
 * ({@code org.fengqiao.kit.outbox.Contract}); its {@link #occurredAt()} is their {@code ce_time}.
 */
public interface DomainEvent {

    /** When it happened. */
    Instant occurredAt();
}
