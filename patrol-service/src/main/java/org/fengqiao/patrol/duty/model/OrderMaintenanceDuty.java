package org.fengqiao.patrol.duty.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.kit.domain.RaisesEvents;

/**
 * Order-maintenance duty (秩序维护) at a dispute site whose risk of a mass incident is HIGH or
 * CRITICAL: the team contracted to the site's block keeps order there until the dispute's risk
 * falls or it is resolved or closed. One active duty per dispute.
 */
public final class OrderMaintenanceDuty implements RaisesEvents<DutyChanged> {

    public enum Status {
        ACTIVE, LIFTED
    }

    /** Everything a duty holds, for storing and restoring it. */
    public record Snapshot(String id, String disputeId, String teamId, String gridBlockId, String gridCellId, String site,
                           String riskLevel, Status status, Instant assignedAt, Instant liftedAt, String liftReason, Long version) {
    }

    private Snapshot state;
    private final List<DutyChanged> raised = new ArrayList<>();

    private OrderMaintenanceDuty(Snapshot state) {
        this.state = Objects.requireNonNull(state);
    }

    public static OrderMaintenanceDuty assign(String id, String disputeId, String teamId, String gridBlockId, String gridCellId,
                                              String site, String riskLevel, Instant now) {
        OrderMaintenanceDuty duty = new OrderMaintenanceDuty(new Snapshot(id, disputeId, teamId, gridBlockId, gridCellId, site,
                riskLevel, Status.ACTIVE, now, null, null, null));
        duty.raised.add(new DutyChanged.OrderMaintenanceDutyAssigned(id, disputeId, teamId, gridBlockId, gridCellId, site, riskLevel, now));
        return duty;
    }

    public static OrderMaintenanceDuty restore(Snapshot snapshot) {
        return new OrderMaintenanceDuty(snapshot);
    }

    /** Ends the duty; lifting a lifted duty changes nothing. */
    public void lift(String reason, Instant now) {
        if (state.status() == Status.LIFTED) {
            return;
        }
        Snapshot s = state;
        state = new Snapshot(s.id(), s.disputeId(), s.teamId(), s.gridBlockId(), s.gridCellId(), s.site(), s.riskLevel(), Status.LIFTED,
                s.assignedAt(), now, reason, s.version());
        raised.add(new DutyChanged.OrderMaintenanceDutyLifted(s.id(), s.disputeId(), s.teamId(), reason, now));
    }

    public Snapshot snapshot() {
        return state;
    }

    @Override
    public List<DutyChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
