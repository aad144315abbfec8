package org.fengqiao.dispute.dispute.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.dispute.dispute.model.RiskSignals;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.MediationOutcome;

/**
 * The bodies of the lifecycle steps. Each names, except acknowledgements, the {@code version} of
 * the dispute the caller last read: a change made meanwhile by someone else is refused as a stale
 * version rather than silently overwritten. Who acts is the signed-in person of the access token;
 * the optional {@code actor} of older clients must name that same person (else 403).
 */
final class LifecycleRequests {

    /** Who acts: optional, and only ever the signed-in person (kept for clients written before sign-in). */
    @Schema(description = "Deprecated: the signed-in person acts. If given, personId must be that person (else 403).", deprecated = true)
    record ActorRequest(@Schema(example = "CO-02") @NotBlank @Size(max = 64) String personId,
                        @Schema(example = "COMMUNITY_OFFICER") @NotBlank @Size(max = 64) String role) {

    }

    /** What bears on the risk of a mass incident; a signal left out counts as 0 or no. */
    record SignalsRequest(@Schema(example = "40") @Min(0) Integer peopleInvolved,
                          @Schema(example = "1200000") @Min(0) Long amountOwedYuan,
                          Boolean gateBlocked, Boolean petitionThreatened, Boolean repeatAtSite, Boolean wageDeadlineSeason) {

        RiskSignals toSignals() {
            return new RiskSignals(peopleInvolved == null ? 0 : peopleInvolved, amountOwedYuan == null ? 0 : amountOwedYuan,
                    yes(gateBlocked), yes(petitionThreatened), yes(repeatAtSite), yes(wageDeadlineSeason));
        }

        private static boolean yes(Boolean signal) {
            return Boolean.TRUE.equals(signal);
        }
    }

    record TriageRequest(@Min(0) long version, @Valid ActorRequest actor,
                         @Schema(example = "WAGE_ARREARS") @NotNull DisputeCategory category,
                         @Schema(example = "SOURCE_RESOLUTION") @NotNull DisputeLayer startLayer,
                         @Schema(example = "Riverside site, east gate") @Size(max = 200) String site,
                         @NotNull @Valid SignalsRequest signals,
                         @Size(max = 2000) String reason) {
    }

    record AssignRequest(@Min(0) long version, @Valid ActorRequest actor,
                         @Schema(description = "the responsible person or team (包干)",
                         example = "SU-0103") @NotBlank @Size(max = 64) String assigneeId) {
    }

    record MediationRequest(@Min(0) long version, @Valid ActorRequest actor,
                            @Schema(example = "[\"workers' representatives\", \"Northgate Builders\"]")
                            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants,
                            @Schema(example = "FAILED") @NotNull MediationOutcome outcome,
                            @Size(max = 4000) String summary) {
    }

    record StepRequest(@Min(0) long version, @Valid ActorRequest actor, @Size(max = 2000) String reason) {
    }

    record ResolveRequest(@Min(0) long version, @Valid ActorRequest actor,
                          @Schema(example = "The developer pays the outstanding wages in two instalments.") @NotBlank @Size(max = 4000) String agreement) {
    }

    record CloseRequest(@Min(0) long version, @Valid ActorRequest actor,
                        @Schema(example = "WITHDRAWN") @NotNull ClosureReason closure, @Size(max = 2000) String reason) {
    }

    record ReopenRequest(@Min(0) long version, @Valid ActorRequest actor, @NotBlank @Size(max = 2000) String reason) {
    }

    record AwaitPartyRequest(@Min(0) long version, @Valid ActorRequest actor, @NotBlank @Size(max = 2000) String reason) {
    }

    record RiskRequest(@Min(0) long version, @Valid ActorRequest actor, @NotNull @Valid SignalsRequest signals,
                       @Size(max = 2000) String reason) {
    }

    record InviteRequest(@Min(0) long version, @Valid ActorRequest actor,
                         @Schema(example = "[\"DEPT-TOWN-GOV\", \"DEPT-LABOUR-INSPECTION\"]")
                         @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> departmentIds) {
    }

    record AcknowledgeRequest(@Valid ActorRequest actor) {
    }

    private LifecycleRequests() {
    }
}
