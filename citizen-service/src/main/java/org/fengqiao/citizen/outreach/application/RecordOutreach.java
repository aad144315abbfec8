package org.fengqiao.citizen.outreach.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.citizen.outreach.model.LostPersonHelped;
import org.fengqiao.citizen.outreach.model.OutreachActivity;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.stereotype.Service;

/** Records outreach activities and lost persons helped, after they happened. */
@Service
public class RecordOutreach {

    private final OutreachRecords records;
    private final GridDirectory grid;
    private final Clock clock;

    public RecordOutreach(OutreachRecords records, GridDirectory grid, Clock clock) {
        this.records = records;
        this.grid = grid;
        this.clock = clock;
    }

    public OutreachActivity activity(OutreachActivity.Kind kind, String title, String place, String gridCellId, Instant heldAt, int attendance,
                                     String officerId) {
        Instant now = past(heldAt, "heldAt");
        checkCell(gridCellId);
        return records.save(new OutreachActivity(UUID.randomUUID().toString(), kind, title, place, gridCellId, heldAt, attendance, officerId, now));
    }

    public LostPersonHelped lostPerson(Instant foundAt, String place, String gridCellId, String description, LostPersonHelped.Outcome outcome,
                                       String officerId) {
        Instant now = past(foundAt, "foundAt");
        checkCell(gridCellId);
        return records.save(new LostPersonHelped(UUID.randomUUID().toString(), foundAt, place, gridCellId, description, outcome, officerId, now));
    }

    private Instant past(Instant when, String field) {
        Instant now = clock.instant();
        if (when.isAfter(now)) {
            throw new InvalidFieldException(field, "recorded once it happened; " + when + " is in the future");
        }
        return now;
    }

    private void checkCell(String gridCellId) {
        if (gridCellId != null && grid.gridCell(gridCellId).isEmpty()) {
            throw new InvalidFieldException("gridCellId", "unknown grid cell '" + gridCellId + "'");
        }
    }
}
