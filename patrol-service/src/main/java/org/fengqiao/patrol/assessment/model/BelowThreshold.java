package org.fengqiao.patrol.assessment.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;
import org.fengqiao.kit.domain.RaisesEvents;

/**
 * A team's month assessed below the station's threshold, recorded once per team and month:
 * recording it raises {@link TeamAssessedBelowThreshold} for the community officer.
 *
 * @param assessment the month's assessment
 * @param threshold  the coverage the station expects
 * @param assessedAt when it was assessed (the event's time)
 */
public record BelowThreshold(TeamAssessment assessment, double threshold, Instant assessedAt) implements RaisesEvents<TeamAssessedBelowThreshold> {

    public BelowThreshold {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    @Override
    public List<TeamAssessedBelowThreshold> raisedEvents() {
        return List.of(new TeamAssessedBelowThreshold(assessment.teamId(), assessment.month().toString(), assessment.coverage(),
                threshold, assessment.shiftsDone(), assessment.plannedShifts(), assessedAt));
    }
}
