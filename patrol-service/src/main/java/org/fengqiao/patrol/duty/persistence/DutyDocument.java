package org.fengqiao.patrol.duty.persistence;

import java.time.Instant;

import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.patrol.duty.model.OrderMaintenanceDuty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("order_maintenance_duties")
@CompoundIndex(name = "dispute_status", def = "{'disputeId': 1, 'status': 1}")
class DutyDocument extends OutboxDocument {

    @Id
    String id;
    String disputeId;
    String teamId;
    String gridBlockId;
    String gridCellId;
    String site;
    String riskLevel;
    OrderMaintenanceDuty.Status status;
    Instant assignedAt;
    Instant liftedAt;
    String liftReason;

    static DutyDocument of(OrderMaintenanceDuty duty) {
        OrderMaintenanceDuty.Snapshot s = duty.snapshot();
        DutyDocument d = new DutyDocument();
        d.id = s.id();
        d.disputeId = s.disputeId();
        d.teamId = s.teamId();
        d.gridBlockId = s.gridBlockId();
        d.gridCellId = s.gridCellId();
        d.site = s.site();
        d.riskLevel = s.riskLevel();
        d.status = s.status();
        d.assignedAt = s.assignedAt();
        d.liftedAt = s.liftedAt();
        d.liftReason = s.liftReason();
        d.setVersion(s.version());
        return d;
    }

    OrderMaintenanceDuty toDuty() {
        return OrderMaintenanceDuty.restore(new OrderMaintenanceDuty.Snapshot(id, disputeId, teamId, gridBlockId, gridCellId, site,
                riskLevel, status, assignedAt, liftedAt, liftReason, getVersion()));
    }
}
