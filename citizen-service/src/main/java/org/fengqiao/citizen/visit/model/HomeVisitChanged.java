package org.fengqiao.citizen.visit.model;

import java.time.Instant;

import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What a logged home visit's findings become for others, as {@link HomeVisit} registers them, at
 * the moment the visit was logged ({@link #occurredAt()}; the visit's own time is in the finding).
 * The service's contract ({@code CitizenContract}) publishes each as the {@code citizen.events}
 * record of the same name.
 */
public sealed interface HomeVisitChanged extends DomainEvent {

    String visitId();

    String findingId();

    /** A dispute found on the visit, handed over to dispute-service. */
    record HomeVisitFindingHandedOverAsDispute(String visitId, String findingId, DisputeHandover dispute, Instant occurredAt)
            implements HomeVisitChanged {
    }

    /** A safety hazard found on the visit ({@code foundAt}), for the patrols to check. */
    record SafetyHazardFound(String visitId, String findingId, String gridCellId, String officerId, String description,
                             Instant foundAt, Instant occurredAt) implements HomeVisitChanged {
    }

    /** A household warned against fraud on the visit ({@code issuedAt}), for the anti-fraud desk. */
    record AntiFraudWarningIssued(String visitId, String findingId, String gridCellId, String householdRef, String officerId,
                                  String description, Instant issuedAt, Instant occurredAt) implements HomeVisitChanged {
    }
}
