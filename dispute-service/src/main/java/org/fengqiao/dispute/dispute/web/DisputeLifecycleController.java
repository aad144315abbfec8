package org.fengqiao.dispute.dispute.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fengqiao.dispute.dispute.application.DisputeAccess;
import org.fengqiao.dispute.dispute.application.Disputes;
import org.fengqiao.dispute.dispute.application.ProgressDispute;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.TimelineEntry;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.ActorRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.AcknowledgeRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.AssignRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.AwaitPartyRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.CloseRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.InviteRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.MediationRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.ReopenRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.ResolveRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.RiskRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.StepRequest;
import org.fengqiao.dispute.dispute.web.LifecycleRequests.TriageRequest;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dispute's way through the layers. Every step answers with the dispute as it now is; a step
 * the dispute's rules forbid is refused with {@code 409 rule-violated} naming the field, a step
 * based on an outdated read with {@code 409 stale-version}, a step this person may not take on
 * this dispute with {@code 403 forbidden}, and nothing changes. The signed-in person acts.
 */
@RestController
@RequestMapping("/api/v1/disputes/{id}")
@Tag(name = "Dispute lifecycle", description = "Triage, contracted responsibility, mediation, escalation and outcome")
@ApiResponse(responseCode = "409", description = "The dispute's rules forbid the step, or the version is stale",
        content = @Content(mediaType = "application/problem+json"))
class DisputeLifecycleController {

    private final ProgressDispute progress;
    private final Disputes disputes;
    private final DisputeAccess access;

    DisputeLifecycleController(ProgressDispute progress, Disputes disputes, DisputeAccess access) {
        this.progress = progress;
        this.disputes = disputes;
        this.access = access;
    }

    @PostMapping("/triage")
    @Operation(summary = "The community officer accepts and triages the report",
            description = "Sets the category, the starting layer and the risk the rules give for the signals. HIGH or CRITICAL "
                    + "risk starts at the layer able to handle it and publishes DisputeRiskRaised.")
    DisputeView triage(@PathVariable String id, Caller caller, @Valid @RequestBody TriageRequest request) {
        return DisputeView.of(progress.triage(id, request.version(), acting(caller, request.actor()), request.category(),
                request.startLayer(), request.site(), request.signals().toSignals(), request.reason()));
    }

    @PostMapping("/assignment")
    @Operation(summary = "Contract the dispute to a responsible person at its layer (包干); the layer's deadline starts")
    DisputeView assign(@PathVariable String id, Caller caller, @Valid @RequestBody AssignRequest request) {
        return DisputeView.of(progress.assign(id, request.version(), acting(caller, request.actor()), request.assigneeId()));
    }

    @PostMapping("/mediation-sessions")
    @Operation(summary = "Record a mediation session (only the assignee may)")
    DisputeView mediate(@PathVariable String id, Caller caller, @Valid @RequestBody MediationRequest request) {
        return DisputeView.of(progress.recordMediation(id, request.version(), acting(caller, request.actor()), request.participants(),
                request.outcome(), request.summary()));
    }

    @PostMapping("/escalation")
    @Operation(summary = "Escalate to the next layer by decision (deadlines and risk escalate by themselves)")
    DisputeView escalate(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest request) {
        return DisputeView.of(progress.escalate(id, request.version(), acting(caller, request.actor()), EscalationTrigger.DECISION,
                request.reason()));
    }

    @PostMapping("/escalation-after-failed-mediation")
    @Operation(summary = "Escalate to the next layer because mediation failed")
    DisputeView escalateAfterFailure(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest request) {
        return DisputeView.of(progress.escalate(id, request.version(), acting(caller, request.actor()), EscalationTrigger.MEDIATION_FAILED,
                request.reason()));
    }

    @PostMapping("/resolution")
    @Operation(summary = "Resolve with an agreement")
    DisputeView resolve(@PathVariable String id, Caller caller, @Valid @RequestBody ResolveRequest request) {
        return DisputeView.of(progress.resolve(id, request.version(), acting(caller, request.actor()), request.agreement()));
    }

    @PostMapping("/closure")
    @Operation(summary = "Close without agreement: withdrawn, referred to court or petitioned (the last two count as pushed upward)")
    DisputeView close(@PathVariable String id, Caller caller, @Valid @RequestBody CloseRequest request) {
        return DisputeView.of(progress.close(id, request.version(), acting(caller, request.actor()), request.closure(), request.reason()));
    }

    @PostMapping("/reopening")
    @Operation(summary = "A party came back: reopen a resolved or closed dispute (a recurrence)")
    DisputeView reopen(@PathVariable String id, Caller caller, @Valid @RequestBody ReopenRequest request) {
        return DisputeView.of(progress.reopen(id, request.version(), acting(caller, request.actor()), request.reason()));
    }

    @PostMapping("/awaiting-party")
    @Operation(summary = "Wait on a party: the deadline clock pauses")
    DisputeView awaitParty(@PathVariable String id, Caller caller, @Valid @RequestBody AwaitPartyRequest request) {
        return DisputeView.of(progress.awaitParty(id, request.version(), acting(caller, request.actor()), request.reason()));
    }

    @PostMapping("/resumption")
    @Operation(summary = "The party is back: the clock runs again, the deadline moved by the time waited")
    DisputeView resume(@PathVariable String id, Caller caller, @Valid @RequestBody StepRequest request) {
        return DisputeView.of(progress.resume(id, request.version(), acting(caller, request.actor())));
    }

    @PostMapping("/risk-assessments")
    @Operation(summary = "Reassess the risk of a mass incident from new signals",
            description = "Rising to HIGH or CRITICAL moves the dispute straight to the layer able to handle it; falling publishes DisputeRiskLowered.")
    DisputeView reassessRisk(@PathVariable String id, Caller caller, @Valid @RequestBody RiskRequest request) {
        return DisputeView.of(progress.reassessRisk(id, request.version(), acting(caller, request.actor()), request.signals().toSignals(),
                request.reason()));
    }

    @PostMapping("/joint-mediation/invitations")
    @Operation(summary = "Invite government departments to joint mediation")
    DisputeView invite(@PathVariable String id, Caller caller, @Valid @RequestBody InviteRequest request) {
        return DisputeView.of(progress.inviteDepartments(id, request.version(), acting(caller, request.actor()), request.departmentIds()));
    }

    @PostMapping("/joint-mediation/invitations/{departmentId}/acknowledgement")
    @Operation(summary = "An invited department acknowledges (idempotent)")
    DisputeView acknowledge(@PathVariable String id, @PathVariable String departmentId, Caller caller, @Valid @RequestBody AcknowledgeRequest request) {
        return DisputeView.of(progress.acknowledgeInvitation(id, departmentId, acting(caller, request.actor())));
    }

    @GetMapping("/timeline")
    @Operation(summary = "Who did what and when", description = "Oldest first. The same timeline can be rebuilt from dispute.events alone.")
    List<TimelineEntry> timeline(@PathVariable String id, Caller caller) {
        Dispute dispute = disputes.find(id).orElseThrow(() -> new NotFoundException("dispute", id));
        access.requireMayRead(caller, dispute);
        return dispute.timeline();
    }

    /** The signed-in person acts; an {@code actor} in the body may only repeat who that is. */
    private static Caller acting(Caller caller, ActorRequest named) {
        caller.actingAs(named == null ? null : named.personId(), "actor.personId");
        return caller;
    }
}
