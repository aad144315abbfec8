package org.fengqiao.patrol.contract;

import java.util.List;

import org.fengqiao.events.patrol.CheckInFlagged;
import org.fengqiao.events.patrol.IncidentAcknowledged;
import org.fengqiao.events.patrol.IncidentClosed;
import org.fengqiao.events.patrol.IncidentHandedOverAsDispute;
import org.fengqiao.events.patrol.IncidentReported;
import org.fengqiao.events.patrol.IncidentTaskAssigned;
import org.fengqiao.events.patrol.IncidentTaskReported;
import org.fengqiao.events.patrol.OrderMaintenanceDutyAssigned;
import org.fengqiao.events.patrol.OrderMaintenanceDutyLifted;
import org.fengqiao.events.patrol.PatrolEvent;
import org.fengqiao.events.patrol.PatrolTeamRegistered;
import org.fengqiao.events.patrol.ShiftEndedWithMissedCheckpoints;
import org.fengqiao.events.patrol.ShiftMissed;
import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.patrol.assessment.model.BelowThreshold;
import org.fengqiao.patrol.duty.model.DutyChanged;
import org.fengqiao.patrol.incident.model.IncidentChanged;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.fengqiao.patrol.shift.model.ShiftChanged;
import org.fengqiao.patrol.team.model.TeamChanged;
import org.springframework.stereotype.Component;

/**
 * patrol-service's published language: each of its features' events as the {@code patrol.events}
 * record (v1) of the same name, its time field the domain event's {@code occurredAt}. The
 * features' repositories are handed it as the kit's {@code Contract<DomainEvent>}, so no feature
 * depends on this package, and this package only on the features' models.
 */
@Component
public class PatrolContract implements Contract<DomainEvent> {

    @Override
    public List<PatrolEvent> publish(DomainEvent event) {
        return List.of(record(event));
    }

    static PatrolEvent record(DomainEvent event) {
        if (event instanceof IncidentChanged.IncidentReported e) {
            return new IncidentReported(e.incidentId(), e.teamId(), e.gridBlockId(), e.gridCellId(), e.category(), e.urgent(), e.place(),
                    e.description(), e.mediaRefs(), e.neighbouringTeamIds(), e.reportedBy(), e.occurredAt());
        } else if (event instanceof IncidentChanged.IncidentAcknowledged e) {
            return new IncidentAcknowledged(e.incidentId(), e.acknowledgedBy(), e.occurredAt());
        } else if (event instanceof IncidentChanged.IncidentTaskAssigned e) {
            return new IncidentTaskAssigned(e.incidentId(), e.taskId(), e.teamId(), e.description(), e.assignedBy(), e.occurredAt());
        } else if (event instanceof IncidentChanged.IncidentTaskReported e) {
            return new IncidentTaskReported(e.incidentId(), e.taskId(), e.teamId(), e.report(), e.reportedBy(), e.occurredAt());
        } else if (event instanceof IncidentChanged.IncidentClosed e) {
            return new IncidentClosed(e.incidentId(), e.gridBlockId(), e.category(), e.outcome(), e.summary(), e.closedBy(),
                    e.occurredAt());
        } else if (event instanceof IncidentChanged.IncidentHandedOverAsDispute e) {
            return new IncidentHandedOverAsDispute(e.incidentId(), e.teamId(), e.dispute(), e.occurredAt());
        } else if (event instanceof ShiftChanged.CheckInFlagged e) {
            return new CheckInFlagged(e.shiftId(), e.teamId(), e.memberId(), e.checkpointId(), e.flags(), e.distanceMetres(),
                    e.deviceClockSkewSeconds(), e.occurredAt());
        } else if (event instanceof ShiftChanged.ShiftEndedWithMissedCheckpoints e) {
            return new ShiftEndedWithMissedCheckpoints(e.shiftId(), e.teamId(), e.gridBlockId(), e.missedCheckpointIds(), e.occurredAt());
        } else if (event instanceof MissedShiftNoticed e) {
            return new ShiftMissed(e.teamId(), e.gridBlockId(), e.plannedStart(), e.occurredAt());
        } else if (event instanceof DutyChanged.OrderMaintenanceDutyAssigned e) {
            return new OrderMaintenanceDutyAssigned(e.dutyId(), e.disputeId(), e.teamId(), e.gridBlockId(), e.gridCellId(), e.site(),
                    e.riskLevel(), e.occurredAt());
        } else if (event instanceof DutyChanged.OrderMaintenanceDutyLifted e) {
            return new OrderMaintenanceDutyLifted(e.dutyId(), e.disputeId(), e.teamId(), e.reason(), e.occurredAt());
        } else if (event instanceof TeamChanged.PatrolTeamRegistered e) {
            return new PatrolTeamRegistered(e.teamId(), e.name(), e.type(), e.gridBlockIds(), e.memberCount(), e.occurredAt());
        } else if (event instanceof BelowThreshold e) {
            return new TeamAssessedBelowThreshold(e.assessment().teamId(), e.assessment().month().toString(), e.assessment().coverage(),
                    e.threshold(), e.assessment().shiftsDone(), e.assessment().plannedShifts(), e.occurredAt());
        }
        throw new IllegalArgumentException("no published record for " + event.getClass().getName());
    }
}
