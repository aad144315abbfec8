package org.fengqiao.patrol.incident.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.patrol.IncidentCategory;
import org.fengqiao.events.patrol.IncidentOutcome;
import org.fengqiao.patrol.incident.application.HandleIncidents;
import org.fengqiao.patrol.incident.model.Incident;
import org.fengqiao.patrol.team.application.PatrolAccess;
import org.fengqiao.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Incidents: reported by patrols, acknowledged and directed by the police, closed with an outcome. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "The four preventions in practice: from a patrol's report to its outcome")
class IncidentController {

    private static final String BY = "Deprecated: the signed-in person acts; if given, it must be them (else 403).";

    record ReportRequest(@Schema(example = "PT-07") @NotBlank @Size(max = 64) String teamId,
                         @Schema(example = "GB-141") @NotBlank @Size(max = 64) String gridBlockId,
                         @Schema(example = "THEFT") @NotNull IncidentCategory category, boolean urgent,
                         @Schema(example = "Tower 7, east face, about the 12th floor") @NotBlank @Size(max = 300) String place,
                         @Schema(example = "A resident saw two people climbing the outside of the tower.") @NotBlank @Size(max = 4000) String description,
                         @Size(max = 20) List<@NotBlank @Size(max = 300) String> mediaRefs,
                         @Schema(description = "Deprecated: the signed-in person reports; if given, it must be them.",
                                 example = "PT-07-M02", deprecated = true) @Size(max = 64) String reportedBy) {
    }

    record ByRequest(@Schema(description = BY, example = "PO-01", deprecated = true) @Size(max = 64) String by) {
    }

    record TaskRequest(@Schema(example = "PT-03") @NotBlank @Size(max = 64) String teamId,
                       @Schema(example = "Seal the east exit of Tower 7") @NotBlank @Size(max = 1000) String description,
                       @Schema(description = BY, example = "PO-01", deprecated = true) @Size(max = 64) String by) {
    }

    record TaskReportRequest(@NotBlank @Size(max = 64) String teamId, @NotBlank @Size(max = 4000) String report,
                             @Schema(description = BY, deprecated = true) @Size(max = 64) String by) {
    }

    record OutcomeRequest(@NotNull IncidentOutcome outcome, @NotBlank @Size(max = 4000) String summary,
                          @Schema(description = BY, deprecated = true) @Size(max = 64) String by) {
    }

    record PartyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role) {
    }

    record HandoverRequest(@NotNull DisputeCategory category, @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyRequest> parties,
                           @Min(1) @Max(100000) int peopleInvolved, @Schema(description = BY, deprecated = true) @Size(max = 64) String by) {
    }

    private final HandleIncidents incidents;

    IncidentController(HandleIncidents incidents) {
        this.incidents = incidents;
    }

    @PostMapping
    @Operation(summary = "Report an incident", description = "Publishes IncidentReported with the neighbouring blocks' teams; "
            + "an urgent one is fanned out at once by notification-service to the police on duty and those teams.")
    ResponseEntity<Incident.Snapshot> report(Caller caller, @Valid @RequestBody ReportRequest r) {
        PatrolAccess.requireOwnTeam(caller, r.teamId());
        Incident incident = incidents.report(new HandleIncidents.Report(r.teamId(), r.gridBlockId(), r.category(), r.urgent(), r.place(),
                r.description(), r.mediaRefs(), caller.actingAs(r.reportedBy(), "reportedBy")));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.snapshot().id())).body(incident.snapshot());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one incident, with its tasks and timeline")
    Incident.Snapshot get(@PathVariable String id, Caller caller) {
        return readable(id, caller);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Who did what and when")
    List<Incident.TimelineEntry> timeline(@PathVariable String id, Caller caller) {
        return readable(id, caller).timeline();
    }

    private Incident.Snapshot readable(String id, Caller caller) {
        Incident.Snapshot incident = incidents.get(id).snapshot();
        PatrolAccess.requireMayRead(caller, incident.teamId(), incident.neighbouringTeamIds());
        return incident;
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "The police on duty take charge")
    Incident.Snapshot acknowledge(@PathVariable String id, Caller caller, @Valid @RequestBody ByRequest r) {
        return incidents.acknowledge(id, caller.actingAs(r.by(), "by")).snapshot();
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Give a team on the incident a task", description = "Only the reporting team and the neighbouring blocks' teams.")
    Incident.Snapshot task(@PathVariable String id, Caller caller, @Valid @RequestBody TaskRequest r) {
        return incidents.assignTask(id, r.teamId(), r.description(), caller.actingAs(r.by(), "by")).snapshot();
    }

    @PostMapping("/{id}/tasks/{taskId}/report")
    @Operation(summary = "A team reports back on its task")
    Incident.Snapshot taskReport(@PathVariable String id, @PathVariable String taskId, Caller caller,
                                 @Valid @RequestBody TaskReportRequest r) {
        PatrolAccess.requireOwnTeam(caller, r.teamId());
        return incidents.reportTask(id, taskId, r.teamId(), r.report(), caller.actingAs(r.by(), "by")).snapshot();
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "Close the incident with its outcome")
    Incident.Snapshot outcome(@PathVariable String id, Caller caller, @Valid @RequestBody OutcomeRequest r) {
        return incidents.close(id, r.outcome(), r.summary(), caller.actingAs(r.by(), "by")).snapshot();
    }

    @PostMapping("/{id}/dispute-handover")
    @Operation(summary = "Hand the incident over to dispute-service as a dispute",
            description = "Publishes IncidentHandedOverAsDispute; dispute-service reports it with this incident as its origin.")
    Incident.Snapshot handOver(@PathVariable String id, Caller caller, @Valid @RequestBody HandoverRequest r) {
        return incidents.handOverAsDispute(id, caller, r.category(), r.parties().stream().map(p -> new Party(p.name(), p.role())).toList(),
                r.peopleInvolved(), caller.actingAs(r.by(), "by")).snapshot();
    }
}
