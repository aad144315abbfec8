package org.fengqiao.events.patrol;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code patrol.events}. */
public sealed interface PatrolEvent extends PlatformEvent permits PatrolTeamRegistered, IncidentReported, IncidentAcknowledged, IncidentTaskAssigned,
        IncidentTaskReported, IncidentClosed, IncidentHandedOverAsDispute, OrderMaintenanceDutyAssigned, OrderMaintenanceDutyLifted,
        CheckInFlagged, ShiftMissed, ShiftEndedWithMissedCheckpoints, TeamAssessedBelowThreshold {
}
