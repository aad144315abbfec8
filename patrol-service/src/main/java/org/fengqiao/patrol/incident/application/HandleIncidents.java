package org.fengqiao.patrol.incident.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.messaging.EventRejectedException;
import org.fengqiao.kit.recovery.CrashPoints;
import org.fengqiao.kit.recovery.RetriedRequests;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.incident.model.Incident;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.fengqiao.patrol.team.application.PatrolAccess;
import org.fengqiao.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Incidents from report to outcome. A report names the block; the incident goes to the teams of
 * the neighbouring blocks too (notification-service alerts them and the police on duty when it is
 * urgent). Steps by several people at once do not overwrite each other: a step that meets a
 * concurrent change is applied again to the newer state.
 */
@Service
public class HandleIncidents {

    /** What a member tells. */
    public record Report(String teamId, String gridBlockId, IncidentCategory category, boolean urgent, String place, String description,
                         List<String> mediaRefs, String reportedBy) {
    }

    private final Incidents incidents;
    private final PatrolTeams teams;
    private final PatrolDirectory directory;
    private final Clock clock;
    private final CrashPoints crashPoints;
    /** Told each incident written (the assessment counts it). */
    private final ApplicationEventPublisher written;

    public HandleIncidents(Incidents incidents, PatrolTeams teams, PatrolDirectory directory, Clock clock, CrashPoints crashPoints,
                           ApplicationEventPublisher written) {
        this.written = written;
        this.incidents = incidents;
        this.teams = teams;
        this.directory = directory;
        this.clock = clock;
        this.crashPoints = crashPoints;
    }

    /**
     * A new incident. Reported with an {@code Idempotency-Key}, its id is derived from the key: the
     * same report retried after the process died between storing it and keeping its answer finds
     * the incident the first made and raises no second alert.
     */
    public Incident report(Report report) {
        String id = RetriedRequests.newId("incident");
        Optional<Incident> made = RetriedRequests.madeEarlier(id, incidents::find);
        if (made.isPresent()) {
            // counted again: the first try may have died before it was
            return counted(made.get());
        }
        GridBlock block = directory.block(report.gridBlockId())
                .orElseThrow(() -> new InvalidFieldException("gridBlockId", "unknown grid block '" + report.gridBlockId() + "'"));
        if (teams.find(report.teamId()).isEmpty()) {
            throw new InvalidFieldException("teamId", "unknown patrol team '" + report.teamId() + "'");
        }
        Set<String> neighbours = new LinkedHashSet<>();
        for (String neighbour : block.neighbours()) {
            teams.onBlock(neighbour).stream().map(PatrolTeam::id)
                    .filter(team -> !team.equals(report.teamId())).forEach(neighbours::add);
        }
        Incident saved = save(Incident.report(id, report.teamId(), block.id(), block.gridCellId(),
                report.category(), report.urgent(), report.place(), report.description(), report.mediaRefs(), List.copyOf(neighbours),
                report.reportedBy(), clock.instant()));
        crashPoints.reached("incident-report.saved");
        return saved;
    }

    /**
     * A safety hazard an officer found on a home visit (citizen-service's {@code SafetyHazardFound})
     * becomes an ACCIDENT-prevention incident for the team contracted to the grid cell's block, so
     * a patrol goes to check it. Its id derives from the event's, so a redelivered event changes
     * nothing. An event naming a cell with no block or no team cannot be handled and is rejected
     * (dead-lettered).
     */
    public Incident hazardFound(String eventId, String visitId, String gridCellId, String officerId, String description) {
        String id = DerivedIds.of("incident", eventId);
        return incidents.find(id).map(this::counted).orElseGet(() -> {
            GridBlock block = directory.siteBlockOf(gridCellId)
                    .orElseThrow(() -> new EventRejectedException("no grid block in grid cell " + gridCellId + " for the hazard of visit " + visitId));
            PatrolTeam team = teams.onBlock(block.id()).stream().findFirst()
                    .orElseThrow(() -> new EventRejectedException("no team is contracted to block " + block.id() + " for the hazard of visit " + visitId));
            return save(Incident.report(id, team.id(), block.id(), gridCellId, IncidentCategory.ACCIDENT, false,
                    "Found on home visit " + visitId, description, List.of(), List.of(), officerId, clock.instant()));
        });
    }

    public Incident acknowledge(String id, String by) {
        return change(id, incident -> incident.acknowledge(by, clock.instant()));
    }

    public Incident assignTask(String id, String teamId, String description, String by) {
        String taskId = UUID.randomUUID().toString();
        return change(id, incident -> incident.assignTask(taskId, teamId, description, by, clock.instant()));
    }

    public Incident reportTask(String id, String taskId, String teamId, String report, String by) {
        return change(id, incident -> incident.reportTask(taskId, teamId, report, by, clock.instant()));
    }

    public Incident close(String id, IncidentOutcome outcome, String summary, String by) {
        return change(id, incident -> incident.close(outcome, summary, by, clock.instant()));
    }

    /** Station staff, or a patrol volunteer of the team that reported the incident, hand it over. */
    public Incident handOverAsDispute(String id, Caller caller, DisputeCategory category, List<Party> parties, int peopleInvolved,
                                      String by) {
        return change(id, incident -> {
            PatrolAccess.requireOwnTeam(caller, incident.snapshot().teamId());
            incident.handOverAsDispute(category, parties, peopleInvolved, by, clock.instant());
        });
    }

    public Incident get(String id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    private Incident save(Incident incident) {
        return counted(incidents.save(incident));
    }

    private Incident counted(Incident incident) {
        written.publishEvent(incident.snapshot());
        return incident;
    }

    private Incident change(String id, Consumer<Incident> step) {
        for (int tries = 0; ; tries++) {
            Incident incident = get(id);
            step.accept(incident);
            try {
                return save(incident);
            } catch (OptimisticLockingFailureException concurrent) {
                if (tries >= 5) {
                    throw concurrent;
                }
            }
        }
    }
}
