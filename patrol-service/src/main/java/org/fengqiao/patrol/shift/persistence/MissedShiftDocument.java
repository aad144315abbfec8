package org.fengqiao.patrol.shift.persistence;

import java.time.Instant;

import org.fengqiao.events.patrol.ShiftMissed;
import org.fengqiao.kit.outbox.OutboxDocument;
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

    static MissedShiftDocument of(String id, String teamId, String gridBlockId, Instant plannedStart, Instant noticedAt) {
        MissedShiftDocument d = new MissedShiftDocument();
        d.id = id;
        d.teamId = teamId;
        d.gridBlockId = gridBlockId;
        d.plannedStart = plannedStart;
        d.noticedAt = noticedAt;
        d.raise(new ShiftMissed(teamId, gridBlockId, plannedStart, noticedAt), noticedAt);
        return d;
    }
}
