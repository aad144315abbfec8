package org.fengqiao.patrol.assessment.persistence;

import java.util.List;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.outbox.Contract;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.patrol.assessment.application.AssessmentRecords;
import org.fengqiao.patrol.assessment.model.BelowThreshold;
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

        static BelowThresholdDocument of(BelowThreshold below) {
            TeamAssessment a = below.assessment();
            BelowThresholdDocument d = new BelowThresholdDocument();
            d.id = DerivedIds.of("below-threshold", a.teamId(), a.month().toString());
            d.teamId = a.teamId();
            d.month = a.month().toString();
            d.coverage = a.coverage();
            return d;
        }
    }

    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;

    MongoAssessmentRecords(OutboxStore store, Contract<DomainEvent> contract) {
        this.contract = contract;
        this.store = store;
    }

    @Override
    public boolean recordBelowThreshold(BelowThreshold below) {
        try {
            store.save(BelowThresholdDocument.of(below), () -> List.of(below), contract);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
