package org.fengqiao.dispute.dispute.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * A dispute (矛盾纠纷) and its way through the layers, like the leaves around a cabbage heart:
 * reported by the information-gathering layer, triaged by the grid cell's community officer,
 * contracted (包干) to a responsible person at each layer, mediated, and resolved, escalated or
 * closed. Every change raises the event that records it, with who did it and why; the events are
 * stored with the state in one write and published from there.
 *
 * <p>Invariants: a concluded dispute changes only by being reopened; nothing escalates past
 * JOINT_MEDIATION; only the person a dispute is contracted to records its mediation sessions;
 * while the dispute waits on a party its deadline does not run.
 */
public final class Dispute implements RaisesEvents<DisputeChanged> {

    /** Everything a dispute holds, for storing and restoring it. */
    public record Snapshot(String id, String gridCellId, DisputeCategory category, List<Party> parties, String description,
                           int peopleInvolved, Reporter reporter, Instant reportedAt, DisputeStatus status,
                           DisputeLayer layer, RiskLevel riskLevel, String site, String assigneeId, Instant deadline,
                           Instant pausedAt, boolean approachingNoticed, boolean passedNoticed,
                           List<Invitation> invitations, int recurrences, List<TimelineEntry> timeline, Long version,
                           DisputeOrigin origin) {
    }

    private final String id;
    private final String gridCellId;
    private DisputeCategory category;
    private final List<Party> parties;
    private final String description;
    private final int peopleInvolved;
    private final Reporter reporter;
    /** The incident or home-visit finding it was handed over from; null for a direct report. */
    private final DisputeOrigin origin;
    private final Instant reportedAt;
    private DisputeStatus status;
    private DisputeLayer layer;
    private RiskLevel riskLevel;
    private String site;
    private String assigneeId;
    /** The deadline at the current layer, while the dispute is assigned there. */
    private final LayerClock clock;
    /** The departments invited to joint mediation. */
    private final JointMediationInvitations invitations;
    private int recurrences;
    private final List<TimelineEntry> timeline;
    private final Long version;
    private final List<DisputeChanged> raised = new ArrayList<>();

    private Dispute(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.gridCellId = Objects.requireNonNull(s.gridCellId(), "gridCellId");
        this.category = Objects.requireNonNull(s.category(), "category");
        this.parties = List.copyOf(s.parties());
        if (this.parties.isEmpty()) {
            throw new IllegalArgumentException("a dispute needs at least one party");
        }
        this.description = Objects.requireNonNull(s.description(), "description");
        if (s.peopleInvolved() < 1) {
            throw new IllegalArgumentException("at least one person is involved in a dispute");
        }
        this.peopleInvolved = s.peopleInvolved();
        this.reporter = Objects.requireNonNull(s.reporter(), "reporter");
        this.origin = s.origin();
        this.reportedAt = Objects.requireNonNull(s.reportedAt(), "reportedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.layer = Objects.requireNonNull(s.layer(), "layer");
        this.riskLevel = s.riskLevel() == null ? RiskLevel.LOW : s.riskLevel();
        this.site = s.site();
        this.assigneeId = s.assigneeId();
        this.clock = new LayerClock(s.deadline(), s.pausedAt(), s.approachingNoticed(), s.passedNoticed());
        this.invitations = new JointMediationInvitations(id, s.invitations());
        this.recurrences = s.recurrences();
        this.timeline = s.timeline() == null ? new ArrayList<>() : new ArrayList<>(s.timeline());
        this.version = s.version();
    }

    /**
     * A report from the information-gathering layer: the dispute starts there, waiting for its
     * community officer, and {@link DisputeChanged.DisputeReported} is raised.
     */
    public static Dispute report(String id, String gridCellId, DisputeCategory category, List<Party> parties,
                                 String description, int peopleInvolved, Reporter reporter, Instant now) {
        return report(id, gridCellId, category, parties, description, peopleInvolved, reporter, null, now);
    }

    /** A report handed over by another service, its origin recorded (null for a direct report). */
    public static Dispute report(String id, String gridCellId, DisputeCategory category, List<Party> parties,
                                 String description, int peopleInvolved, Reporter reporter, DisputeOrigin origin, Instant now) {
        Dispute dispute = new Dispute(new Snapshot(id, gridCellId, category, parties, description, peopleInvolved, reporter,
                now, DisputeStatus.REPORTED, DisputeLayer.INFORMATION, RiskLevel.LOW, null, null, null, null, false, false,
                List.of(), 0, List.of(), null, origin));
        dispute.raise(new DisputeChanged.DisputeReported(id, gridCellId, category, dispute.parties, description, peopleInvolved, reporter,
                origin, now));
        return dispute;
    }

    /** Rebuilds a stored dispute; raises nothing. */
    public static Dispute restore(Snapshot snapshot) {
        return new Dispute(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, gridCellId, category, parties, description, peopleInvolved, reporter, reportedAt, status,
                layer, riskLevel, site, assigneeId, clock.deadline(), clock.pausedAt(), clock.approachingNoticed(),
                clock.passedNoticed(), invitations.all(), recurrences, List.copyOf(timeline), version, origin);
    }

    /**
     * The community officer accepts the report: its category, where handling starts, and the risk
     * the rules give. A HIGH or CRITICAL risk starts at the layer able to handle it, whatever was
     * asked, and raises {@link DisputeChanged.DisputeRiskRaised} for the patrols.
     */
    public void triage(Actor officer, DisputeCategory category, DisputeLayer startLayer, String site, RiskAssessment risk,
                       String reason, Instant now) {
        requireStatus(DisputeStatus.REPORTED);
        if (startLayer.compareTo(DisputeLayer.SOURCE_RESOLUTION) < 0) {
            throw new RuleViolatedException("layer", "handling starts at SOURCE_RESOLUTION or above, not " + startLayer);
        }
        DisputeLayer start = max(startLayer, risk.minimumLayer());
        this.category = category;
        this.site = site;
        this.layer = start;
        this.status = DisputeStatus.OPEN;
        raise(new DisputeChanged.DisputeTriaged(id, category, risk.level(), start, officer, reason, now));
        changeRisk(risk, officer, "assessed at triage", now);
    }

    /** Contracts the dispute to a responsible person at its current layer; the layer's clock starts. */
    public void assign(Actor actor, String assignee, DeadlinePolicy policy, Instant now) {
        requireStatus(DisputeStatus.OPEN);
        this.assigneeId = Objects.requireNonNull(assignee, "assignee");
        clock.start(now.plus(policy.allowanceFor(layer, riskLevel)));
        raise(new DisputeChanged.DisputeAssigned(id, layer, assignee, clock.deadline(), actor, now));
    }

    /** Records a mediation session; only the person the dispute is contracted to may. */
    public void recordMediation(Actor mediator, List<String> participants, MediationOutcome outcome, String summary,
                                Instant now) {
        requireOpen();
        if (assigneeId == null || !assigneeId.equals(mediator.personId())) {
            throw new RuleViolatedException("actor", mediator.personId() + " is not the person this dispute is contracted to"
                    + (assigneeId == null ? " (it is not assigned at " + layer + ")" : " (" + assigneeId + ")"));
        }
        raise(new DisputeChanged.MediationSessionRecorded(id, layer, participants, outcome, summary, mediator, now));
    }

    /** Moves the dispute to the next layer, where it waits to be assigned. */
    public void escalate(Actor actor, EscalationTrigger trigger, String reason, Instant now) {
        requireOpen();
        if (layer == DisputeLayer.JOINT_MEDIATION) {
            throw new RuleViolatedException("layer", "JOINT_MEDIATION is the highest layer: there is nowhere to escalate to");
        }
        moveTo(DisputeLayer.values()[layer.ordinal() + 1], trigger, actor, reason, now);
    }

    /** Settled with an agreement at the current layer. */
    public void resolve(Actor actor, String agreement, Instant now) {
        requireOpen();
        this.status = DisputeStatus.RESOLVED;
        clock.stop();
        raise(new DisputeChanged.DisputeResolved(id, gridCellId, layer, agreement, actor, now));
    }

    /** Ended without an agreement; a referral to court or a petition counts as pushed upward. */
    public void close(Actor actor, ClosureReason closure, String reason, Instant now) {
        if (status.isConcluded()) {
            throw new RuleViolatedException("status", "dispute is already " + status);
        }
        this.status = DisputeStatus.CLOSED;
        clock.stop();
        raise(new DisputeChanged.DisputeClosed(id, gridCellId, layer, closure, actor, reason, now));
    }

    /** A party came back: the dispute is open again at the layer where it ended (a recurrence). */
    public void reopen(Actor actor, String reason, Instant now) {
        if (!status.isConcluded()) {
            throw new RuleViolatedException("status", "only a resolved or closed dispute can be reopened; it is " + status);
        }
        this.status = DisputeStatus.OPEN;
        this.recurrences++;
        raise(new DisputeChanged.DisputeReopened(id, layer, actor, reason, now));
    }

    /** The dispute waits on a party: the deadline clock stops. */
    public void awaitParty(Actor actor, String reason, Instant now) {
        requireStatus(DisputeStatus.OPEN);
        if (!clock.isSet()) {
            throw new RuleViolatedException("status", "the dispute is not assigned at " + layer + ", so it has no clock to pause");
        }
        this.status = DisputeStatus.AWAITING_PARTY;
        clock.pause(now);
        raise(new DisputeChanged.DisputeAwaitingParty(id, actor, reason, now));
    }

    /** The party is back: the deadline moves by the time spent waiting. */
    public void resume(Actor actor, Instant now) {
        requireStatus(DisputeStatus.AWAITING_PARTY);
        clock.resume(now);
        this.status = DisputeStatus.OPEN;
        raise(new DisputeChanged.DisputeResumed(id, clock.deadline(), actor, now));
    }

    /**
     * A new assessment of the risk. Rising to HIGH or CRITICAL moves an open dispute straight to the
     * layer able to handle it; falling raises {@link DisputeChanged.DisputeRiskLowered} so duties can be lifted.
     */
    public void reassessRisk(Actor actor, RiskAssessment risk, String reason, Instant now) {
        if (status.isConcluded()) {
            throw new RuleViolatedException("status", "dispute is " + status);
        }
        changeRisk(risk, actor, reason, now);
        if (layer.compareTo(risk.minimumLayer()) < 0 && status != DisputeStatus.REPORTED) {
            moveTo(risk.minimumLayer(), EscalationTrigger.RISK, actor, "risk " + risk.level() + " (" + String.join(", ", risk.firedRules()) + ")", now);
        }
    }

    /** Invites government departments to joint mediation; each must acknowledge. */
    public void inviteDepartments(Actor actor, List<String> departmentIds, Instant now) {
        requireOpen();
        if (layer != DisputeLayer.JOINT_MEDIATION) {
            throw new RuleViolatedException("layer", "departments are invited at JOINT_MEDIATION; the dispute is at " + layer);
        }
        invitations.invite(departmentIds, actor, now, this::raise);
    }

    /** An invited department acknowledges; acknowledging twice changes nothing. */
    public void acknowledgeInvitation(String departmentId, Actor actor, Instant now) {
        invitations.acknowledge(departmentId, actor, now, this::raise);
    }

    /**
     * Chases departments that have not acknowledged their invitation: a reminder after
     * {@code remindAfter}, then, after {@code raiseAfter}, the matter is raised to the station. Each
     * happens once per invitation. Returns whether anything changed.
     */
    public boolean chaseInvitations(Duration remindAfter, Duration raiseAfter, Instant now) {
        return !status.isConcluded() && invitations.chase(gridCellId, remindAfter, raiseAfter, now, this::raise);
    }

    /** Whether a department's invitation still waits for its answer and may need chasing. */
    public boolean hasUnansweredInvitations() {
        return !status.isConcluded() && invitations.anyUnanswered();
    }

    /**
     * The soonest moment at which {@link #checkDeadline} or {@link #chaseInvitations} would change
     * something, if nothing else happens first; empty when neither ever will. A watcher that
     * looks at the dispute at that moment misses nothing.
     */
    public Optional<Instant> nextCheckAt(DeadlinePolicy policy, Duration remindAfter, Duration raiseAfter) {
        List<Instant> moments = new ArrayList<>();
        if (status == DisputeStatus.OPEN) {
            clock.nextLookAt(policy.approachingBefore()).ifPresent(moments::add);
        }
        if (!status.isConcluded()) {
            invitations.nextChaseAt(remindAfter, raiseAfter).ifPresent(moments::add);
        }
        return moments.stream().min(Instant::compareTo);
    }

    /**
     * Looks at the clock: announces an approaching deadline once, and when it has passed, escalates
     * (or, at the highest layer, announces it once). Returns whether anything changed.
     */
    public boolean checkDeadline(DeadlinePolicy policy, Instant now) {
        if (status != DisputeStatus.OPEN) {
            return false;
        }
        Instant deadline = clock.deadline();
        switch (clock.look(policy.approachingBefore(), now)) {
            case PASSED -> {
                raise(new DisputeChanged.DisputeDeadlinePassed(id, layer, assigneeId, deadline, now));
                if (layer == DisputeLayer.JOINT_MEDIATION) {
                    clock.notePassed();
                } else {
                    escalate(Actor.SYSTEM, EscalationTrigger.DEADLINE_PASSED, "deadline " + deadline + " passed", now);
                }
                return true;
            }
            case APPROACHING -> {
                raise(new DisputeChanged.DisputeDeadlineApproaching(id, layer, assigneeId, deadline, now));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void changeRisk(RiskAssessment risk, Actor actor, String reason, Instant now) {
        RiskLevel previous = riskLevel;
        if (risk.level().compareTo(previous) > 0) {
            riskLevel = risk.level();
            raise(new DisputeChanged.DisputeRiskRaised(id, gridCellId, site, riskLevel, previous, risk.firedRules(), actor, reason, now));
        } else if (risk.level().compareTo(previous) < 0) {
            riskLevel = risk.level();
            raise(new DisputeChanged.DisputeRiskLowered(id, gridCellId, site, riskLevel, previous, actor, reason, now));
        }
    }

    private void moveTo(DisputeLayer target, EscalationTrigger trigger, Actor actor, String reason, Instant now) {
        DisputeLayer from = layer;
        this.layer = target;
        this.status = DisputeStatus.OPEN;
        clock.stop();
        this.assigneeId = null;
        raise(new DisputeChanged.DisputeEscalated(id, from, target, trigger, actor, reason, now));
    }

    private void requireStatus(DisputeStatus required) {
        if (status != required) {
            throw new RuleViolatedException("status", "dispute is " + status + ", expected " + required);
        }
    }

    private void requireOpen() {
        if (status != DisputeStatus.OPEN && status != DisputeStatus.AWAITING_PARTY) {
            throw new RuleViolatedException("status", "dispute is " + status);
        }
    }

    private static DisputeLayer max(DisputeLayer a, DisputeLayer b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void raise(DisputeChanged event) {
        raised.add(event);
        timeline.add(Timeline.entry(event));
    }

    @Override
    public List<DisputeChanged> raisedEvents() {
        return List.copyOf(raised);
    }

    public String id() {
        return id;
    }

    public String gridCellId() {
        return gridCellId;
    }

    public DisputeCategory category() {
        return category;
    }

    public List<Party> parties() {
        return parties;
    }

    public String description() {
        return description;
    }

    public int peopleInvolved() {
        return peopleInvolved;
    }

    public Reporter reporter() {
        return reporter;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public DisputeStatus status() {
        return status;
    }

    public DisputeLayer layer() {
        return layer;
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public String site() {
        return site;
    }

    public DisputeOrigin origin() {
        return origin;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public Instant deadline() {
        return clock.deadline();
    }

    public List<Invitation> invitations() {
        return invitations.all();
    }

    public int recurrences() {
        return recurrences;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public Long version() {
        return version;
    }
}
