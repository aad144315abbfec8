package org.fengqiao.patrol.assessment.application;

import java.time.Instant;

import org.fengqiao.patrol.assessment.model.TeamAssessment;

/** Which teams were published below the bar for which month (once each). */
public interface AssessmentRecords {

    /** @return false when this team and month were already published */
    boolean recordBelowThreshold(TeamAssessment assessment, double threshold, Instant now);
}
