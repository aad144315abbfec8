package org.fengqiao.patrol.incident.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeHandover;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.failure.RuleViolatedException;

/**
 * An incident a patrol member (or a resident through a team) reported: the police on duty
 * acknowledge it and give tasks to the reporting team and the teams of the neighbouring blocks,
 * which report back; an outcome closes it. An incident that is a dispute is handed over to
 * dispute-service. Every change raises its event and a line of the timeline.
 *
 * <p>Invariants: a closed incident changes no more; tasks go only to the teams on the incident
 * (the reporting team and the neighbouring blocks' teams), and only once it is acknowledged; a
 * task is reported on by its own team; an incident is handed over as a dispute once.
 */
public final class Incident implements RaisesEvents<IncidentChanged> {

    public enum Status {
        REPORTED, ACKNOWLEDGED, CLOSED
    }

    /** A task the police gave a team, and what the team reported back. */
    public record Task(String id, String teamId, String description, String assignedBy, Instant assignedAt, String report,
                       String reportedBy, Instant reportedAt) {
    }

    /** One line of the timeline: who did what, when. */
    public record TimelineEntry(String eventType, Instant at, String actor, String summary) {
    }

    /** Everything an incident holds, for storing and restoring it. */
    public record Snapshot(String id, String teamId, String gridBlockId, String gridCellId, IncidentCategory category, boolean urgent,
                           String place, String description, List<String> mediaRefs, List<String> neighbouringTeamIds,
                           String reportedBy, Instant reportedAt, Status status, String acknowledgedBy, Instant acknowledgedAt,
                           List<Task> tasks, IncidentOutcome outcome, String summary, String closedBy, Instant closedAt,
                           boolean handedOverAsDispute, List<TimelineEntry> timeline, Long version) {

        public Snapshot {
            mediaRefs = mediaRefs == null ? List.of() : List.copyOf(mediaRefs);
            neighbouringTeamIds = neighbouringTeamIds == null ? List.of() : List.copyOf(neighbouringTeamIds);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
        }
    }

    private Snapshot s;
    private final List<IncidentChanged> raised = new ArrayList<>();

    private Incident(Snapshot snapshot) {
        this.s = Objects.requireNonNull(snapshot);
    }

    public static Incident report(String id, String teamId, String gridBlockId, String gridCellId, IncidentCategory category,
                                  boolean urgent, String place, String description, List<String> mediaRefs,
                                  List<String> neighbouringTeamIds, String reportedBy, Instant now) {
        Incident incident = new Incident(new Snapshot(id, teamId, gridBlockId, gridCellId, category, urgent, place, description, mediaRefs,
                neighbouringTeamIds, reportedBy, now, Status.REPORTED, null, null, List.of(), null, null, null, null, false, List.of(),
                null));
        incident.raise(new IncidentChanged.IncidentReported(id, teamId, gridBlockId, gridCellId, category, urgent, place, description,
                incident.s.mediaRefs(), incident.s.neighbouringTeamIds(), reportedBy, now), reportedBy,
                (urgent ? "reported an URGENT " : "reported a ") + category + " incident at " + place + " (" + gridBlockId + ")");
        return incident;
    }

    public static Incident restore(Snapshot snapshot) {
        return new Incident(snapshot);
    }

    /** The police take charge; acknowledging again changes nothing. */
    public void acknowledge(String by, Instant now) {
        requireOpen();
        if (s.status() == Status.ACKNOWLEDGED) {
            return;
        }
        s = with(Status.ACKNOWLEDGED, by, now, s.tasks(), s.outcome(), s.summary(), s.closedBy(), s.closedAt(), s.handedOverAsDispute());
        raise(new IncidentChanged.IncidentAcknowledged(s.id(), by, now), by, "acknowledged it and took charge");
    }

    public void assignTask(String taskId, String teamId, String description, String by, Instant now) {
        requireOpen();
        if (s.status() != Status.ACKNOWLEDGED) {
            throw new RuleViolatedException("status", "the police acknowledge incident " + s.id() + " before giving tasks");
        }
        if (!teamsOnIncident().contains(teamId)) {
            throw new RuleViolatedException("teamId", "team " + teamId + " is not on incident " + s.id()
                    + "; its teams are " + String.join(", ", teamsOnIncident()));
        }
        List<Task> tasks = new ArrayList<>(s.tasks());
        tasks.add(new Task(taskId, teamId, description, by, now, null, null, null));
        s = with(s.status(), s.acknowledgedBy(), s.acknowledgedAt(), tasks, s.outcome(), s.summary(), s.closedBy(), s.closedAt(),
                s.handedOverAsDispute());
        raise(new IncidentChanged.IncidentTaskAssigned(s.id(), taskId, teamId, description, by, now), by,
                "gave " + teamId + " a task: " + description);
    }

    public void reportTask(String taskId, String teamId, String report, String by, Instant now) {
        requireOpen();
        Task task = s.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new RuleViolatedException("taskId", "incident " + s.id() + " has no task " + taskId));
        if (!task.teamId().equals(teamId)) {
            throw new RuleViolatedException("teamId", "task " + taskId + " is " + task.teamId() + "'s, not " + teamId + "'s");
        }
        List<Task> tasks = s.tasks().stream().map(t -> t.id().equals(taskId)
                ? new Task(t.id(), t.teamId(), t.description(), t.assignedBy(), t.assignedAt(), report, by, now) : t).toList();
        s = with(s.status(), s.acknowledgedBy(), s.acknowledgedAt(), tasks, s.outcome(), s.summary(), s.closedBy(), s.closedAt(),
                s.handedOverAsDispute());
        raise(new IncidentChanged.IncidentTaskReported(s.id(), taskId, teamId, report, by, now), by,
                teamId + " reported back: " + report);
    }

    public void close(IncidentOutcome outcome, String summary, String by, Instant now) {
        requireOpen();
        s = with(Status.CLOSED, s.acknowledgedBy(), s.acknowledgedAt(), s.tasks(), outcome, summary, by, now, s.handedOverAsDispute());
        raise(new IncidentChanged.IncidentClosed(s.id(), s.gridBlockId(), s.category(), outcome, summary, by, now), by,
                "closed it: " + outcome + " (" + summary + ")");
    }

    /** The incident is a dispute: dispute-service takes it into its pipeline, with this incident as origin. */
    public void handOverAsDispute(DisputeCategory category, List<Party> parties, int peopleInvolved, String by, Instant now) {
        if (s.handedOverAsDispute()) {
            throw new RuleViolatedException("status", "incident " + s.id() + " was already handed over as a dispute");
        }
        s = with(s.status(), s.acknowledgedBy(), s.acknowledgedAt(), s.tasks(), s.outcome(), s.summary(), s.closedBy(), s.closedAt(), true);
        DisputeHandover handover = new DisputeHandover(s.gridCellId(), category, parties, s.description() + " (" + s.place() + ")",
                peopleInvolved, new Reporter(s.reportedBy(), ReporterRole.PATROL_MEMBER), s.reportedAt());
        raise(new IncidentChanged.IncidentHandedOverAsDispute(s.id(), s.teamId(), handover, now), by,
                "handed it over to dispute-service as a " + category + " dispute");
    }

    /** The reporting team and the neighbouring blocks' teams. */
    public List<String> teamsOnIncident() {
        List<String> teams = new ArrayList<>();
        teams.add(s.teamId());
        s.neighbouringTeamIds().stream().filter(t -> !teams.contains(t)).forEach(teams::add);
        return teams;
    }

    private void requireOpen() {
        if (s.status() == Status.CLOSED) {
            throw new RuleViolatedException("status", "incident " + s.id() + " is closed");
        }
    }

    private Snapshot with(Status status, String acknowledgedBy, Instant acknowledgedAt, List<Task> tasks, IncidentOutcome outcome,
                          String summary, String closedBy, Instant closedAt, boolean handedOver) {
        return new Snapshot(s.id(), s.teamId(), s.gridBlockId(), s.gridCellId(), s.category(), s.urgent(), s.place(), s.description(),
                s.mediaRefs(), s.neighbouringTeamIds(), s.reportedBy(), s.reportedAt(), status, acknowledgedBy, acknowledgedAt, tasks,
                outcome, summary, closedBy, closedAt, handedOver, s.timeline(), s.version());
    }

    private void raise(IncidentChanged event, String actor, String summary) {
        raised.add(event);
        List<TimelineEntry> timeline = new ArrayList<>(s.timeline());
        timeline.add(new TimelineEntry(event.getClass().getSimpleName(), event.occurredAt(), actor, summary));
        s = new Snapshot(s.id(), s.teamId(), s.gridBlockId(), s.gridCellId(), s.category(), s.urgent(), s.place(), s.description(),
                s.mediaRefs(), s.neighbouringTeamIds(), s.reportedBy(), s.reportedAt(), s.status(), s.acknowledgedBy(), s.acknowledgedAt(),
                s.tasks(), s.outcome(), s.summary(), s.closedBy(), s.closedAt(), s.handedOverAsDispute(), timeline, s.version());
    }

    public Snapshot snapshot() {
        return s;
    }

    @Override
    public List<IncidentChanged> raisedEvents() {
        return List.copyOf(raised);
    }
}
