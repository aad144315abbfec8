package org.fengqiao.patrol.assessment.model;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.kit.domain.DomainEvent;

/**
 * A team's month assessed below the station's threshold: recorded once per team and month, and
 * published as {@code TeamAssessedBelowThreshold} for the community officer.
 *
 * @param assessment the month's assessment
 * @param threshold  the coverage the station expects
 * @param assessedAt when it was assessed (the event's time)
 */
public record BelowThreshold(TeamAssessment assessment, double threshold, Instant assessedAt) implements DomainEvent {

    public BelowThreshold {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    @Override
    public Instant occurredAt() {
        return assessedAt;
    }
}
