package org.fengqiao.dispute.dispute.model;

import java.util.List;

import org.fengqiao.events.dispute.Actor;

/**
 * A dispute's timeline is a function of its events alone: the service writes each entry with the
 * event that records it, so the timeline tells what the events say, in their order.
 */
public final class Timeline {

    public static List<TimelineEntry> of(List<? extends DisputeChanged> events) {
        return events.stream().map(Timeline::entry).toList();
    }

    public static TimelineEntry entry(DisputeChanged event) {
        String type = event.getClass().getSimpleName();
        java.time.Instant at = event.occurredAt();
        if (event instanceof DisputeChanged.DisputeReported e) {
            return new TimelineEntry(type, at, who(e.reporter().personId(), e.reporter().role().name()),
                    "reported a " + e.category() + " dispute in " + e.gridCellId() + " involving " + e.peopleInvolved() + " people"
                            + (e.origin() == null ? "" : ", handed over by " + e.origin().service() + " ("
                            + e.origin().kind() + " " + e.origin().reference() + ")"));
        } else if (event instanceof DisputeChanged.DisputeTriaged e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    "accepted it as " + e.category() + ", risk " + e.riskLevel() + ", starting at " + e.layer() + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeAssigned e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    "contracted it to " + e.assigneeId() + " at " + e.layer() + ", deadline " + e.deadline());
        } else if (event instanceof DisputeChanged.MediationSessionRecorded e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    "held a mediation session at " + e.layer() + " with " + String.join(", ", e.participants()) + ": " + e.outcome()
                            + (e.summary() == null ? "" : " (" + e.summary() + ")"));
        } else if (event instanceof DisputeChanged.DisputeEscalated e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    "escalated it from " + e.fromLayer() + " to " + e.toLayer() + " (" + e.trigger() + ")" + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeResolved e) {
            return new TimelineEntry(type, at, who(e.actor()), "resolved it at " + e.layer() + ": " + e.agreement());
        } else if (event instanceof DisputeChanged.DisputeClosed e) {
            return new TimelineEntry(type, at, who(e.actor()), "closed it at " + e.layer() + " as " + e.closure()
                    + (e.closure().pushedUpward() ? " (pushed upward)" : "") + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeReopened e) {
            return new TimelineEntry(type, at, who(e.actor()), "reopened it at " + e.layer() + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeRiskRaised e) {
            return new TimelineEntry(type, at, e.actor() == null ? "system" : who(e.actor()), "risk raised from "
                    + e.previousLevel() + " to " + e.level() + " at " + e.site() + " by rules " + String.join(", ", e.firedRules())
                    + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeRiskLowered e) {
            return new TimelineEntry(type, at, who(e.actor()), "risk lowered from " + e.previousLevel()
                    + " to " + e.level() + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeDeadlineApproaching e) {
            return new TimelineEntry(type, at, "system",
                    "deadline at " + e.layer() + " approaching: " + e.deadline());
        } else if (event instanceof DisputeChanged.DisputeDeadlinePassed e) {
            return new TimelineEntry(type, at, "system", "deadline at " + e.layer() + " passed: " + e.deadline());
        } else if (event instanceof DisputeChanged.DisputeAwaitingParty e) {
            return new TimelineEntry(type, at, who(e.actor()), "waiting on a party, deadline paused"
                    + reason(e.reason()));
        } else if (event instanceof DisputeChanged.DisputeResumed e) {
            return new TimelineEntry(type, at, who(e.actor()), "resumed, deadline now " + e.deadline());
        } else if (event instanceof DisputeChanged.JointMediationInvited e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    "invited " + e.departmentId() + " to joint mediation");
        } else if (event instanceof DisputeChanged.JointMediationReminded e) {
            return new TimelineEntry(type, at, "system", e.departmentId() + " reminded: invited "
                    + e.invitedAt() + ", no acknowledgement yet");
        } else if (event instanceof DisputeChanged.JointMediationUnanswered e) {
            return new TimelineEntry(type, at, "system", e.departmentId()
                    + " has not acknowledged since " + e.invitedAt() + ": raised to the station");
        } else if (event instanceof DisputeChanged.JointMediationAcknowledged e) {
            return new TimelineEntry(type, at, who(e.actor()),
                    e.departmentId() + " acknowledged the invitation");
        }
        throw new IllegalArgumentException("no timeline entry for " + type);
    }

    private static String who(Actor actor) {
        return who(actor.personId(), actor.role());
    }

    private static String who(String personId, String role) {
        return personId + " (" + role + ")";
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }

    private Timeline() {
    }
}
