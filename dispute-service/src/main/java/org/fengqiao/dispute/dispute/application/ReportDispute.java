package org.fengqiao.dispute.dispute.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.springframework.stereotype.Service;

/** A grid worker (or investigator, officer, resident) reports a dispute in a grid cell. */
@Service
public class ReportDispute {

    /** What the reporter tells. */
    public record Report(String gridCellId, DisputeCategory category, List<Party> parties, String description,
                         int peopleInvolved, Reporter reporter) {
    }

    private final Disputes disputes;
    private final GridDirectory grid;
    private final Clock clock;

    public ReportDispute(Disputes disputes, GridDirectory grid, Clock clock) {
        this.disputes = disputes;
        this.grid = grid;
        this.clock = clock;
    }

    public Dispute report(Report report) {
        if (grid.gridCell(report.gridCellId()).isEmpty()) {
            throw new InvalidFieldException("gridCellId", "unknown grid cell '" + report.gridCellId() + "'");
        }
        Dispute dispute = Dispute.report(UUID.randomUUID().toString(), report.gridCellId(), report.category(),
                report.parties(), report.description(), report.peopleInvolved(), report.reporter(), clock.instant());
        return disputes.save(dispute);
    }
}
