package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A dispute's risk of a mass incident is HIGH or CRITICAL: the team contracted to the site's block keeps order there until the duty is lifted.
 *
 * <p>Since v1.
 *
 * @param riskLevel the dispute's risk level when the duty was assigned
 */
public record OrderMaintenanceDutyAssigned(String dutyId, String disputeId, String teamId, String gridBlockId,
                                           String gridCellId, String site, String riskLevel, Instant assignedAt)
        implements PatrolEvent {

    public OrderMaintenanceDutyAssigned {
        Require.text(dutyId, "dutyId");
        Require.text(disputeId, "disputeId");
        Require.text(teamId, "teamId");
        Require.text(gridBlockId, "gridBlockId");
        Require.text(gridCellId, "gridCellId");
        Require.text(riskLevel, "riskLevel");
        Require.present(assignedAt, "assignedAt");
    }

    @Override
    public String aggregateId() {
        return dutyId;
    }

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }
}
