package org.fengqiao.patrol.duty.model;

import java.time.Instant;

import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to an order-maintenance duty, as {@link OrderMaintenanceDuty} registers it. The
 * service's contract ({@code PatrolContract}) publishes each as the {@code patrol.events} record of
 * the same name.
 */
public sealed interface DutyChanged extends DomainEvent {

    String dutyId();

    record OrderMaintenanceDutyAssigned(String dutyId, String disputeId, String teamId, String gridBlockId, String gridCellId,
                                        String site, String riskLevel, Instant occurredAt) implements DutyChanged {
    }

    record OrderMaintenanceDutyLifted(String dutyId, String disputeId, String teamId, String reason, Instant occurredAt)
            implements DutyChanged {
    }
}
