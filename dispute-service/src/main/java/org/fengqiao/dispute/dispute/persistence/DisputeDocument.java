package org.fengqiao.dispute.dispute.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.dispute.dispute.model.Invitation;
import org.fengqiao.dispute.dispute.model.TimelineEntry;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** A dispute as stored: its state and its timeline; the events its last change raised are written with it (the outbox). */
@Document("disputes")
@CompoundIndexes({
        @CompoundIndex(name = "grid_status_reported", def = "{'gridCellId': 1, 'status': 1, 'reportedAt': -1}"),
        @CompoundIndex(name = "open_deadline", def = "{'status': 1, 'deadline': 1}")})
class DisputeDocument extends OutboxDocument {

    static final String DEADLINE = "deadline";
    static final String STATUS = "status";

    @Id
    String id;
    String gridCellId;
    DisputeCategory category;
    List<StoredParty> parties;
    String description;
    int peopleInvolved;
    StoredReporter reporter;
    Instant reportedAt;
    DisputeStatus status;
    DisputeLayer layer;
    RiskLevel riskLevel;
    String site;
    String assigneeId;
    StoredOrigin origin;
    Instant deadline;
    Instant pausedAt;
    boolean approachingNoticed;
    boolean passedNoticed;
    List<Invitation> invitations;
    int recurrences;
    List<TimelineEntry> timeline;

    /**
     * The stored shape of a party, the reporter and the origin: the document's own, mapped from
     * and to the model, so a new version of the published records changes nothing stored.
     */
    record StoredParty(String name, String role) {
    }

    record StoredReporter(String personId, ReporterRole role) {
    }

    record StoredOrigin(DisputeOrigin.Kind kind, String service, String reference, String handoverEventId) {
    }

    static DisputeDocument of(Dispute dispute) {
        Dispute.Snapshot s = dispute.snapshot();
        DisputeDocument document = new DisputeDocument();
        document.id = s.id();
        document.gridCellId = s.gridCellId();
        document.category = s.category();
        document.parties = s.parties().stream().map(p -> new StoredParty(p.name(), p.role())).toList();
        document.description = s.description();
        document.peopleInvolved = s.peopleInvolved();
        document.reporter = new StoredReporter(s.reporter().personId(), s.reporter().role());
        document.origin = s.origin() == null ? null
                : new StoredOrigin(s.origin().kind(), s.origin().service(), s.origin().reference(), s.origin().handoverEventId());
        document.reportedAt = s.reportedAt();
        document.status = s.status();
        document.layer = s.layer();
        document.riskLevel = s.riskLevel();
        document.site = s.site();
        document.assigneeId = s.assigneeId();
        document.deadline = s.deadline();
        document.pausedAt = s.pausedAt();
        document.approachingNoticed = s.approachingNoticed();
        document.passedNoticed = s.passedNoticed();
        document.invitations = s.invitations();
        document.recurrences = s.recurrences();
        document.timeline = s.timeline();
        document.setVersion(s.version());
        return document;
    }

    Dispute toDispute() {
        return Dispute.restore(new Dispute.Snapshot(id, gridCellId, category,
                parties.stream().map(p -> new Party(p.name(), p.role())).toList(), description, peopleInvolved,
                new Reporter(reporter.personId(), reporter.role()), reportedAt, status, layer, riskLevel, site, assigneeId, deadline,
                pausedAt, approachingNoticed, passedNoticed, invitations, recurrences, timeline, getVersion(),
                origin == null ? null : new DisputeOrigin(origin.kind(), origin.service(), origin.reference(), origin.handoverEventId())));
    }
}
