package org.fengqiao.patrol.shift.persistence;

import java.time.Instant;

import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.patrol.shift.model.MissedShiftNoticed;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("missed_shifts")
class MissedShiftDocument extends OutboxDocument {

    @Id
    String id;
    @Indexed
    String teamId;
    String gridBlockId;
    Instant plannedStart;
    Instant noticedAt;

    static MissedShiftDocument of(MissedShiftNoticed missed) {
        MissedShiftDocument d = new MissedShiftDocument();
        d.id = missed.id();
        d.teamId = missed.teamId();
        d.gridBlockId = missed.gridBlockId();
        d.plannedStart = missed.plannedStart();
        d.noticedAt = missed.noticedAt();
        return d;
    }
}
