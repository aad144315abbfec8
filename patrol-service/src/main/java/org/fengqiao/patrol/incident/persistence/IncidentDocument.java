package org.fengqiao.patrol.incident.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.patrol.incident.model.Incident;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("incidents")
class IncidentDocument extends OutboxDocument {

    @Id
    String id;
    String teamId;
    @Indexed
    String gridBlockId;
    String gridCellId;
    IncidentCategory category;
    boolean urgent;
    String place;
    String description;
    List<String> mediaRefs;
    List<String> neighbouringTeamIds;
    String reportedBy;
    @Indexed
    Instant reportedAt;
    Incident.Status status;
    String acknowledgedBy;
    Instant acknowledgedAt;
    List<Incident.Task> tasks;
    IncidentOutcome outcome;
    String summary;
    String closedBy;
    Instant closedAt;
    boolean handedOverAsDispute;
    List<Incident.TimelineEntry> timeline;

    static IncidentDocument of(Incident incident) {
        Incident.Snapshot s = incident.snapshot();
        IncidentDocument d = new IncidentDocument();
        d.id = s.id();
        d.teamId = s.teamId();
        d.gridBlockId = s.gridBlockId();
        d.gridCellId = s.gridCellId();
        d.category = s.category();
        d.urgent = s.urgent();
        d.place = s.place();
        d.description = s.description();
        d.mediaRefs = s.mediaRefs();
        d.neighbouringTeamIds = s.neighbouringTeamIds();
        d.reportedBy = s.reportedBy();
        d.reportedAt = s.reportedAt();
        d.status = s.status();
        d.acknowledgedBy = s.acknowledgedBy();
        d.acknowledgedAt = s.acknowledgedAt();
        d.tasks = s.tasks();
        d.outcome = s.outcome();
        d.summary = s.summary();
        d.closedBy = s.closedBy();
        d.closedAt = s.closedAt();
        d.handedOverAsDispute = s.handedOverAsDispute();
        d.timeline = s.timeline();
        d.setVersion(s.version());
        return d;
    }

    Incident toIncident() {
        return Incident.restore(new Incident.Snapshot(id, teamId, gridBlockId, gridCellId, category, urgent, place, description, mediaRefs,
                neighbouringTeamIds, reportedBy, reportedAt, status, acknowledgedBy, acknowledgedAt, tasks, outcome, summary, closedBy,
                closedAt, handedOverAsDispute, timeline, getVersion()));
    }
}
