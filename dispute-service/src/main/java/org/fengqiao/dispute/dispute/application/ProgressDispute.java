package org.fengqiao.dispute.dispute.application;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.RiskSignals;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.security.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Moves a dispute along its lifecycle on behalf of the signed-in person: each step loads the
 * dispute, checks that this person may take the step on it ({@link DisputeAccess}) and saw its
 * current version, applies the change (the model refuses what its rules forbid) and stores the
 * new state with the events it raised in one write. The person is the step's actor.
 */
@Service
public class ProgressDispute {

    private final Disputes disputes;
    private final StationDirectory directory;
    private final RiskRules riskRules;
    private final DeadlinePolicy deadlines;
    private final DisputeAccess access;
    private final Clock clock;

    public ProgressDispute(Disputes disputes, StationDirectory directory, RiskRules riskRules, DeadlinePolicy deadlines,
                           DisputeAccess access, Clock clock) {
        this.disputes = disputes;
        this.directory = directory;
        this.riskRules = riskRules;
        this.deadlines = deadlines;
        this.access = access;
        this.clock = clock;
    }

    /** Only the grid cell's community officer accepts a report. */
    public Dispute triage(String id, long version, Caller officer, DisputeCategory category, DisputeLayer startLayer, String site,
                          RiskSignals signals, String reason) {
        return change(id, version, officer, access::requireCellOfficer, (dispute, actor, now) ->
                dispute.triage(actor, category, startLayer, site, riskRules.assess(signals), reason, now.instant()));
    }

    /** The assignee must be someone the directory allows at the dispute's layer. */
    public Dispute assign(String id, long version, Caller caller, String assigneeId) {
        return change(id, version, caller, access::requireStation, (dispute, actor, now) -> {
            if (!directory.mayBeContracted(dispute.layer(), assigneeId)) {
                throw new InvalidFieldException("assigneeId", "'" + assigneeId + "' cannot be contracted a dispute at " + dispute.layer()
                        + ": the assignee must be " + StationDirectory.whoMayBeContracted(dispute.layer()));
            }
            dispute.assign(actor, assigneeId, deadlines, now.instant());
        });
    }

    /** Only the person the dispute is contracted to records its mediation. */
    public Dispute recordMediation(String id, long version, Caller mediator, List<String> participants, MediationOutcome outcome,
                                   String summary) {
        return change(id, version, mediator, DisputeAccess::requireAssignee,
                (dispute, actor, now) -> dispute.recordMediation(actor, participants, outcome, summary, now.instant()));
    }

    public Dispute escalate(String id, long version, Caller caller, EscalationTrigger trigger, String reason) {
        return change(id, version, caller, access::requireStationOrAssignee, (dispute, actor, now) -> dispute.escalate(actor, trigger, reason, now.instant()));
    }

    public Dispute resolve(String id, long version, Caller caller, String agreement) {
        return change(id, version, caller, access::requireStationOrAssignee, (dispute, actor, now) -> dispute.resolve(actor, agreement, now.instant()));
    }

    public Dispute close(String id, long version, Caller caller, ClosureReason closure, String reason) {
        return change(id, version, caller, access::requireStation, (dispute, actor, now) -> dispute.close(actor, closure, reason, now.instant()));
    }

    public Dispute reopen(String id, long version, Caller caller, String reason) {
        return change(id, version, caller, access::requireStation, (dispute, actor, now) -> dispute.reopen(actor, reason, now.instant()));
    }

    public Dispute awaitParty(String id, long version, Caller caller, String reason) {
        return change(id, version, caller, access::requireStationOrAssignee, (dispute, actor, now) -> dispute.awaitParty(actor, reason, now.instant()));
    }

    public Dispute resume(String id, long version, Caller caller) {
        return change(id, version, caller, access::requireStationOrAssignee, (dispute, actor, now) -> dispute.resume(actor, now.instant()));
    }

    public Dispute reassessRisk(String id, long version, Caller caller, RiskSignals signals, String reason) {
        return change(id, version, caller, access::requireStationOrAssignee, (dispute, actor, now) -> dispute.reassessRisk(actor, riskRules.assess(signals), reason, now.instant()));
    }

    public Dispute inviteDepartments(String id, long version, Caller caller, List<String> departmentIds) {
        for (int i = 0; i < departmentIds.size(); i++) {
            if (directory.department(departmentIds.get(i)).isEmpty()) {
                throw new InvalidFieldException("departmentIds[" + i + "]", "unknown department '" + departmentIds.get(i)
                        + "'; GET /api/v1/directory/departments lists them");
            }
        }
        return change(id, version, caller, access::requireStation,
                (dispute, actor, now) -> dispute.inviteDepartments(actor, departmentIds, now.instant()));
    }

    /** Acknowledging needs no version: it is idempotent and departments answer independently. */
    public Dispute acknowledgeInvitation(String id, String departmentId, Caller liaison) {
        access.requireLiaisonOf(liaison, departmentId);
        Dispute dispute = load(id);
        dispute.acknowledgeInvitation(departmentId, DisputeAccess.actorOf(liaison), clock.instant());
        return dispute.raisedEvents().isEmpty() ? dispute : disputes.save(dispute);
    }

    /** One step: the person must be allowed on this dispute, and have seen its current version. */
    private Dispute change(String id, long expectedVersion, Caller caller, BiConsumer<Caller, Dispute> allowed, Step step) {
        Dispute dispute = load(id);
        allowed.accept(caller, dispute);
        long current = dispute.version() == null ? 0 : dispute.version();
        if (current != expectedVersion) {
            throw new OptimisticLockingFailureException("dispute " + id + " is at version " + current + ", not " + expectedVersion);
        }
        step.apply(dispute, DisputeAccess.actorOf(caller), clock);
        return disputes.save(dispute);
    }

    @FunctionalInterface
    private interface Step {
        void apply(Dispute dispute, Actor actor, Clock now);
    }

    private Dispute load(String id) {
        return disputes.find(id).orElseThrow(() -> new NotFoundException("dispute", id));
    }
}
