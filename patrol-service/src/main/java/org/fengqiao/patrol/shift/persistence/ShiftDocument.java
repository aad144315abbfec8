package org.fengqiao.patrol.shift.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.patrol.shift.model.Shift;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("shifts")
@CompoundIndex(name = "team_block_started", def = "{'teamId': 1, 'gridBlockId': 1, 'startedAt': -1}")
class ShiftDocument extends OutboxDocument {

    @Id
    String id;
    String teamId;
    String gridBlockId;
    String startedBy;
    Instant startedAt;
    Shift.Status status;
    List<Shift.CheckIn> checkIns;
    Instant endedAt;
    List<String> missedCheckpointIds;

    static ShiftDocument of(Shift shift) {
        Shift.Snapshot s = shift.snapshot();
        ShiftDocument d = new ShiftDocument();
        d.id = s.id();
        d.teamId = s.teamId();
        d.gridBlockId = s.gridBlockId();
        d.startedBy = s.startedBy();
        d.startedAt = s.startedAt();
        d.status = s.status();
        d.checkIns = s.checkIns();
        d.endedAt = s.endedAt();
        d.missedCheckpointIds = s.missedCheckpointIds();
        d.setVersion(s.version());
        return d;
    }

    Shift toShift() {
        return Shift.restore(new Shift.Snapshot(id, teamId, gridBlockId, startedBy, startedAt, status, checkIns, endedAt, missedCheckpointIds,
                getVersion()));
    }
}
