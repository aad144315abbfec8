package org.fengqiao.dispute.dispute.web;

import java.time.Instant;
import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.dispute.dispute.model.Invitation;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.ReporterRole;

/** A dispute as the API shows it. {@code version} is what a later change must quote. */
public record DisputeView(String id, String gridCellId, DisputeCategory category, List<PartyView> parties, String description,
                          int peopleInvolved, ReporterView reporter, OriginView origin, Instant reportedAt, DisputeStatus status,
                          DisputeLayer layer, RiskLevel riskLevel, String site, String assigneeId, Instant deadline,
                          List<Invitation> invitations, int recurrences, long version) {

    /** A party as the API shows it (its own shape, not the published record's). */
    public record PartyView(String name, String role) {
    }

    /** Who reported it. */
    public record ReporterView(String personId, ReporterRole role) {
    }

    /** The incident or home-visit finding another service handed over; absent for a direct report. */
    public record OriginView(DisputeOrigin.Kind kind, String service, String reference, String handoverEventId) {
    }

    static DisputeView of(Dispute dispute) {
        DisputeOrigin origin = dispute.origin();
        return new DisputeView(dispute.id(), dispute.gridCellId(), dispute.category(),
                dispute.parties().stream().map(p -> new PartyView(p.name(), p.role())).toList(), dispute.description(),
                dispute.peopleInvolved(), new ReporterView(dispute.reporter().personId(), dispute.reporter().role()),
                origin == null ? null : new OriginView(origin.kind(), origin.service(), origin.reference(), origin.handoverEventId()),
                dispute.reportedAt(),
                dispute.status(), dispute.layer(), dispute.riskLevel(), dispute.site(), dispute.assigneeId(),
                dispute.deadline(), dispute.invitations(), dispute.recurrences(), dispute.version() == null ? 0 : dispute.version());
    }
}
