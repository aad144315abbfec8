package org.fengqiao.patrol.assessment.persistence;

import java.time.Instant;

import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.assessment.application.AssessmentRecords;
import org.fengqiao.patrol.assessment.model.TeamAssessment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

@Repository
class MongoAssessmentRecords implements AssessmentRecords {

    @Document("assessments_below_threshold")
    static class BelowThresholdDocument extends OutboxDocument {
        @Id
        String id;
        String teamId;
        String month;
        double coverage;

        static BelowThresholdDocument of(TeamAssessment a, double threshold, Instant now) {
            BelowThresholdDocument d = new BelowThresholdDocument();
            d.id = DerivedIds.of("below-threshold", a.teamId(), a.month().toString());
            d.teamId = a.teamId();
            d.month = a.month().toString();
            d.coverage = a.coverage();
            d.raise(new TeamAssessedBelowThreshold(a.teamId(), a.month().toString(), a.coverage(), threshold, a.shiftsDone(), a.plannedShifts(),
                    now), now);
            return d;
        }
    }

    private final OutboxStore store;

    MongoAssessmentRecords(OutboxStore store) {
        this.store = store;
    }

    @Override
    public boolean recordBelowThreshold(TeamAssessment assessment, double threshold, Instant now) {
        try {
            store.save(BelowThresholdDocument.of(assessment, threshold, now));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
