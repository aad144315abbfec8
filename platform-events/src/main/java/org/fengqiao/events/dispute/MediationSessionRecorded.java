package org.fengqiao.events.dispute;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A mediation session was held and its outcome recorded by the person the dispute is contracted
 * to. Emitted once per session.
 *
 * <p>Since v1.
 *
 * @param participants who took part (ids or descriptions, e.g. "workers' representatives")
 * @param outcome      how it ended
 */
public record MediationSessionRecorded(String disputeId, DisputeLayer layer, List<String> participants,
                                       MediationOutcome outcome, String summary, Actor actor, Instant heldAt)
        implements DisputeEvent {

    public MediationSessionRecorded {
        Require.text(disputeId, "disputeId");
        Require.present(layer, "layer");
        participants = Require.listOrEmpty(participants);
        Require.present(outcome, "outcome");
        Require.present(actor, "actor");
        Require.present(heldAt, "heldAt");
    }

    @Override
    public Instant occurredAt() {
        return heldAt;
    }
}
