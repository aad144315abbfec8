package org.fengqiao.citizen.visit.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.citizen.visit.model.HomeVisit;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("home_visits")
class HomeVisitDocument extends OutboxDocument {

    @Id
    String id;
    /** Set once this version is counted into the station's day counters (CountedRecords); a change unsets it. */
    Boolean countedByDay;
    @Indexed
    String officerId;
    String gridCellId;
    String householdRef;
    int peopleMet;
    Instant visitedAt;
    List<HomeVisit.Finding> findings;

    static HomeVisitDocument of(HomeVisit visit) {
        HomeVisit.Snapshot s = visit.snapshot();
        HomeVisitDocument d = new HomeVisitDocument();
        d.id = s.id();
        d.officerId = s.officerId();
        d.gridCellId = s.gridCellId();
        d.householdRef = s.householdRef();
        d.peopleMet = s.peopleMet();
        d.visitedAt = s.visitedAt();
        d.findings = s.findings();
        d.setVersion(s.version());
        return d;
    }

    HomeVisit toVisit() {
        return HomeVisit.restore(new HomeVisit.Snapshot(id, officerId, gridCellId, householdRef, peopleMet, visitedAt, findings, getVersion()));
    }
}
