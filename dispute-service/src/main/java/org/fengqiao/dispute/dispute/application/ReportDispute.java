package org.fengqiao.dispute.dispute.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.RetriedRequests;
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
    private final StationDirectory directory;
    private final Clock clock;
    private final CrashPoints crashPoints;

    public ReportDispute(Disputes disputes, GridDirectory grid, StationDirectory directory, Clock clock, CrashPoints crashPoints) {
        this.disputes = disputes;
        this.grid = grid;
        this.directory = directory;
        this.clock = clock;
        this.crashPoints = crashPoints;
    }

    /**
     * A new dispute. Reported with an {@code Idempotency-Key}, its id is derived from the key: the
     * same report retried after the process died between storing it and keeping its answer finds
     * the dispute the first made and reports nothing a second time.
     */
    public Dispute report(Report report) {
        check(report);
        String id = RetriedRequests.newId("dispute");
        Optional<Dispute> made = RetriedRequests.madeEarlier(id, disputes::find);
        if (made.isPresent()) {
            return made.get();
        }
        Dispute dispute = Dispute.report(id, report.gridCellId(), report.category(),
                report.parties(), report.description(), report.peopleInvolved(), report.reporter(), clock.instant());
        Dispute saved = disputes.save(dispute);
        crashPoints.reached("dispute-report.saved");
        return saved;
    }

    /**
     * Another service hands over a dispute it came upon; it enters the pipeline like any report,
     * with its origin recorded. The dispute's id is derived from the handover event, so a handover
     * delivered twice reports one dispute: the second time the existing one is returned.
     *
     * @throws InvalidFieldException when the handover names an unknown grid cell or reporter
     */
    public Dispute handOver(String disputeId, Report report, DisputeOrigin origin) {
        Optional<Dispute> existing = disputes.find(disputeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        check(report);
        return disputes.save(Dispute.report(disputeId, report.gridCellId(), report.category(), report.parties(), report.description(),
                report.peopleInvolved(), report.reporter(), origin, clock.instant()));
    }

    private void check(Report report) {
        if (grid.gridCell(report.gridCellId()).isEmpty()) {
            throw new InvalidFieldException("gridCellId", "unknown grid cell '" + report.gridCellId() + "'");
        }
        checkReporter(report.reporter());
    }

    /**
     * Investigators and officers are people of this directory; a resident, a patrol member (known to
     * patrol-service) or anyone else is taken at their word.
     */
    private void checkReporter(Reporter reporter) {
        boolean known = switch (reporter.role()) {
            case GRID_WORKER, INFORMATION_INVESTIGATOR -> directory.investigator(reporter.personId()).isPresent();
            case COMMUNITY_OFFICER -> grid.gridCells().stream().anyMatch(cell -> cell.communityOfficerId().equals(reporter.personId()));
            case RESIDENT, PATROL_MEMBER, OTHER -> true;
        };
        if (!known) {
            throw new InvalidFieldException("reporter.personId", "no " + reporter.role() + " '" + reporter.personId()
                    + "' in the station directory");
        }
    }
}
