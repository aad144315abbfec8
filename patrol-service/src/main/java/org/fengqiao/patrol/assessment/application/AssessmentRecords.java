package org.fengqiao.patrol.assessment.application;

import org.fengqiao.patrol.assessment.model.BelowThreshold;

/** Which teams were published below the bar for which month (once each). */
public interface AssessmentRecords {

    /** @return false when this team and month were already published */
    boolean recordBelowThreshold(BelowThreshold below);
}
