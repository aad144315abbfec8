package org.fengqiao.dispute.dispute.application;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.RiskAssessment;
import org.fengqiao.dispute.dispute.model.RiskSignals;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Moves a dispute along its lifecycle on behalf of a person: each step loads the dispute, checks
 * that the caller saw its current version, applies the change (the model refuses what its rules
 * forbid) and stores the new state with the events it raised in one write.
 */
@Service
public class ProgressDispute {

    private final Disputes disputes;
    private final GridDirectory grid;
    private final StationDirectory directory;
    private final RiskRules riskRules;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public ProgressDispute(Disputes disputes, GridDirectory grid, StationDirectory directory, RiskRules riskRules,
                           DeadlinePolicy deadlines, Clock clock) {
        this.disputes = disputes;
        this.grid = grid;
        this.directory = directory;
        this.riskRules = riskRules;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Only the grid cell's community officer accepts a report. */
    public Dispute triage(String id, long version, Actor officer, DisputeCategory category, DisputeLayer startLayer, String site,
                          RiskSignals signals, String reason) {
        return change(id, version, (dispute, now) -> {
            String responsible = grid.officerOf(dispute.gridCellId()).map(GridDirectory.CommunityOfficer::id).orElse(null);
            if (!officer.personId().equals(responsible)) {
                throw new RuleViolatedException("actor", "only the community officer of " + dispute.gridCellId() + " ("
                        + responsible + ") accepts its disputes, not " + officer.personId());
            }
            dispute.triage(officer, category, startLayer, site, riskRules.assess(signals), reason, now.instant());
        });
    }

    /** The assignee must be someone the directory allows at the dispute's layer. */
    public Dispute assign(String id, long version, Actor actor, String assigneeId) {
        return change(id, version, (dispute, now) -> {
            if (!directory.mayBeContracted(dispute.layer(), assigneeId)) {
                throw new InvalidFieldException("assigneeId", "'" + assigneeId + "' cannot be contracted a dispute at " + dispute.layer()
                        + ": the assignee must be " + StationDirectory.whoMayBeContracted(dispute.layer()));
            }
            dispute.assign(actor, assigneeId, deadlines, now.instant());
        });
    }

    public Dispute recordMediation(String id, long version, Actor mediator, List<String> participants, MediationOutcome outcome,
                                   String summary) {
        return change(id, version, (dispute, now) -> dispute.recordMediation(mediator, participants, outcome, summary, now.instant()));
    }

    public Dispute escalate(String id, long version, Actor actor, EscalationTrigger trigger, String reason) {
        return change(id, version, (dispute, now) -> dispute.escalate(actor, trigger, reason, now.instant()));
    }

    public Dispute resolve(String id, long version, Actor actor, String agreement) {
        return change(id, version, (dispute, now) -> dispute.resolve(actor, agreement, now.instant()));
    }

    public Dispute close(String id, long version, Actor actor, ClosureReason closure, String reason) {
        return change(id, version, (dispute, now) -> dispute.close(actor, closure, reason, now.instant()));
    }

    public Dispute reopen(String id, long version, Actor actor, String reason) {
        return change(id, version, (dispute, now) -> dispute.reopen(actor, reason, now.instant()));
    }

    public Dispute awaitParty(String id, long version, Actor actor, String reason) {
        return change(id, version, (dispute, now) -> dispute.awaitParty(actor, reason, now.instant()));
    }

    public Dispute resume(String id, long version, Actor actor) {
        return change(id, version, (dispute, now) -> dispute.resume(actor, now.instant()));
    }

    public Dispute reassessRisk(String id, long version, Actor actor, RiskSignals signals, String reason) {
        return change(id, version, (dispute, now) -> dispute.reassessRisk(actor, riskRules.assess(signals), reason, now.instant()));
    }

    public Dispute inviteDepartments(String id, long version, Actor actor, List<String> departmentIds) {
        for (int i = 0; i < departmentIds.size(); i++) {
            if (directory.department(departmentIds.get(i)).isEmpty()) {
                throw new InvalidFieldException("departmentIds[" + i + "]", "unknown department '" + departmentIds.get(i)
                        + "'; GET /api/v1/directory/departments lists them");
            }
        }
        return change(id, version, (dispute, now) -> dispute.inviteDepartments(actor, departmentIds, now.instant()));
    }

    /** Acknowledging needs no version: it is idempotent and departments answer independently. */
    public Dispute acknowledgeInvitation(String id, String departmentId, Actor actor) {
        Dispute dispute = load(id);
        dispute.acknowledgeInvitation(departmentId, actor, clock.instant());
        return dispute.raisedEvents().isEmpty() ? dispute : disputes.save(dispute);
    }

    private Dispute change(String id, long expectedVersion, BiConsumer<Dispute, Clock> step) {
        Dispute dispute = load(id);
        long current = dispute.version() == null ? 0 : dispute.version();
        if (current != expectedVersion) {
            throw new OptimisticLockingFailureException("dispute " + id + " is at version " + current + ", not " + expectedVersion);
        }
        step.accept(dispute, clock);
        return disputes.save(dispute);
    }

    private Dispute load(String id) {
        return disputes.find(id).orElseThrow(() -> new NotFoundException("dispute", id));
    }
}
