package org.fengqiao.dispute.dispute.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.DisputeLayer;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dispute as stored: its state plus the events its last change raised (the outbox). */
@Document("disputes")
@CompoundIndex(name = "grid_status_reported", def = "{'gridCellId': 1, 'status': 1, 'reportedAt': -1}")
class DisputeDocument extends OutboxDocument {

    @Id
    String id;
    String gridCellId;
    DisputeCategory category;
    List<Party> parties;
    String description;
    int peopleInvolved;
    Reporter reporter;
    Instant reportedAt;
    DisputeStatus status;
    DisputeLayer layer;

    static DisputeDocument of(Dispute dispute) {
        DisputeDocument document = new DisputeDocument();
        document.id = dispute.id();
        document.gridCellId = dispute.gridCellId();
        document.category = dispute.category();
        document.parties = dispute.parties();
        document.description = dispute.description();
        document.peopleInvolved = dispute.peopleInvolved();
        document.reporter = dispute.reporter();
        document.reportedAt = dispute.reportedAt();
        document.status = dispute.status();
        document.layer = dispute.layer();
        document.setVersion(dispute.version());
        dispute.raisedEvents().forEach(event -> document.raise(event, dispute.reportedAt()));
        return document;
    }

    Dispute toDispute() {
        return Dispute.restore(id, gridCellId, category, parties, description, peopleInvolved, reporter, reportedAt,
                status, layer, getVersion());
    }
}
