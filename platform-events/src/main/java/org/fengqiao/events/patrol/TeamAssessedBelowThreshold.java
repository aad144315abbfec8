package org.fengqiao.events.patrol;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A team's checkpoint coverage for a month fell under the station's bar. Emitted once per team and
 * month, when the month is assessed.
 *
 * <p>Since v1.
 *
 * @param month     the month assessed, e.g. {@code 2026-06}
 * @param coverage  the share of the checkpoint visits its planned shifts called for that it made (0 to 1)
 * @param threshold the bar (e.g. 0.7)
 */
public record TeamAssessedBelowThreshold(String teamId, String month, double coverage, double threshold, int shiftsDone,
                                         int plannedShifts, Instant assessedAt) implements PatrolEvent {

    public TeamAssessedBelowThreshold {
        Require.text(teamId, "teamId");
        Require.text(month, "month");
        Require.atLeast(shiftsDone, 0, "shiftsDone");
        Require.atLeast(plannedShifts, 0, "plannedShifts");
        Require.present(assessedAt, "assessedAt");
    }

    @Override
    public String aggregateId() {
        return teamId;
    }

    @Override
    public Instant occurredAt() {
        return assessedAt;
    }
}
