package org.fengqiao.dispute.kpi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeAssigned;
import org.fengqiao.events.dispute.DisputeAwaitingParty;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeClosed;
import org.fengqiao.events.dispute.DisputeDeadlineApproaching;
import org.fengqiao.events.dispute.DisputeDeadlinePassed;
import org.fengqiao.events.dispute.DisputeEscalated;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.DisputeReopened;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeResumed;
import org.fengqiao.events.dispute.DisputeRiskLowered;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.DisputeTriaged;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.JointMediationAcknowledged;
import org.fengqiao.events.dispute.JointMediationInvited;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.MediationSessionRecorded;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.dispute.RiskLevel;

/** Hand-built dispute events for the KPI tests; all people and places are made up. */
public final class Events {

    /** Day 0 of the test calendar, a Monday. */
    public static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    public static final String CELL = "GC-101";
    public static final String OTHER_CELL = "GC-204";

    public static final Actor OFFICER = new Actor("CO-02", "COMMUNITY_OFFICER");
    public static final Actor MEDIATOR = new Actor("PM-07", "MEDIATOR");
    public static final Reporter GRID_WORKER = new Reporter("GW-0011", ReporterRole.GRID_WORKER);

    public static Instant day(int day) {
        return T0.plus(Duration.ofDays(day));
    }

    public static Instant day(int day, int hour) {
        return day(day).plus(Duration.ofHours(hour));
    }

    public static DisputeReported reported(String id, String cell, Instant at) {
        return new DisputeReported(id, cell, DisputeCategory.WAGE_ARREARS, List.of(new Party("Hillside Builders", "subcontractor")),
                "workers say wages are unpaid", 12, GRID_WORKER, at);
    }

    public static DisputeTriaged triaged(String id, DisputeLayer layer, Instant at) {
        return new DisputeTriaged(id, DisputeCategory.WAGE_ARREARS, RiskLevel.LOW, layer, OFFICER, null, at);
    }

    public static DisputeAssigned assigned(String id, DisputeLayer layer, Instant deadline, Instant at) {
        return new DisputeAssigned(id, layer, MEDIATOR.personId(), deadline, OFFICER, at);
    }

    public static MediationSessionRecorded mediation(String id, DisputeLayer layer, MediationOutcome outcome, Instant at) {
        return new MediationSessionRecorded(id, layer, List.of("workers' representatives", "site manager"), outcome, null, MEDIATOR, at);
    }

    public static DisputeEscalated escalated(String id, DisputeLayer from, DisputeLayer to, Instant at) {
        return new DisputeEscalated(id, from, to, EscalationTrigger.MEDIATION_FAILED, OFFICER, "no agreement", at);
    }

    public static DisputeResolved resolved(String id, String cell, DisputeLayer layer, Instant at) {
        return new DisputeResolved(id, cell, layer, "wages paid in two instalments", MEDIATOR, at);
    }

    public static DisputeClosed closed(String id, String cell, DisputeLayer layer, ClosureReason closure, Instant at) {
        return new DisputeClosed(id, cell, layer, closure, closure.pushedUpward(), OFFICER, "closed", at);
    }

    public static DisputeReopened reopened(String id, DisputeLayer layer, Instant at) {
        return new DisputeReopened(id, layer, OFFICER, "the second instalment was not paid", at);
    }

    public static DisputeAwaitingParty awaitingParty(String id, Instant at) {
        return new DisputeAwaitingParty(id, MEDIATOR, "the developer is gathering funds", at);
    }

    public static DisputeResumed resumed(String id, Instant movedDeadline, Instant at) {
        return new DisputeResumed(id, movedDeadline, MEDIATOR, at);
    }

    public static DisputeDeadlineApproaching deadlineApproaching(String id, DisputeLayer layer, Instant deadline, Instant at) {
        return new DisputeDeadlineApproaching(id, layer, MEDIATOR.personId(), deadline, at);
    }

    public static DisputeDeadlinePassed deadlinePassed(String id, DisputeLayer layer, Instant deadline, Instant at) {
        return new DisputeDeadlinePassed(id, layer, MEDIATOR.personId(), deadline, at);
    }

    public static DisputeRiskRaised riskRaised(String id, String cell, Instant at) {
        return new DisputeRiskRaised(id, cell, "east gate", RiskLevel.HIGH, RiskLevel.LOW, List.of("gate-blocked"), at,
                new Actor("CO-02", "COMMUNITY_OFFICER"), "workers blocked the east gate");
    }

    public static DisputeRiskLowered riskLowered(String id, String cell, Instant at) {
        return new DisputeRiskLowered(id, cell, "east gate", RiskLevel.LOW, RiskLevel.HIGH, OFFICER, "gate clear", at);
    }

    public static JointMediationInvited invited(String id, String department, Instant at) {
        return new JointMediationInvited(id, department, OFFICER, at);
    }

    public static JointMediationAcknowledged acknowledged(String id, String department, Instant at) {
        return new JointMediationAcknowledged(id, department, new Actor("LI-01", "DEPARTMENT"), at);
    }

    /** The events of several disputes as one topic, in time order; ties keep the given order. */
    @SafeVarargs
    public static List<DisputeEvent> topic(List<? extends DisputeEvent>... stories) {
        return interleave(Arrays.asList(stories), null);
    }

    /**
     * The events of several disputes interleaved at random, each dispute's own events keeping
     * their order (as on a topic with several partitions).
     */
    public static List<DisputeEvent> shuffledTopic(List<? extends List<? extends DisputeEvent>> stories, long seed) {
        return interleave(stories, new Random(seed));
    }

    private static List<DisputeEvent> interleave(List<? extends List<? extends DisputeEvent>> stories, Random random) {
        List<List<? extends DisputeEvent>> remaining = new ArrayList<>();
        stories.forEach(story -> remaining.add(new ArrayList<>(story)));
        List<DisputeEvent> topic = new ArrayList<>();
        while (remaining.stream().anyMatch(story -> !story.isEmpty())) {
            List<? extends DisputeEvent> next = null;
            if (random == null) {
                for (List<? extends DisputeEvent> story : remaining) {
                    if (!story.isEmpty() && (next == null
                            || story.get(0).occurredAt().isBefore(next.get(0).occurredAt()))) {
                        next = story;
                    }
                }
            } else {
                List<List<? extends DisputeEvent>> candidates = remaining.stream().filter(story -> !story.isEmpty()).toList();
                next = candidates.get(random.nextInt(candidates.size()));
            }
            topic.add(next.remove(0));
        }
        return topic;
    }

    private Events() {
    }
}
