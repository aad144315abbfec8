package org.fengqiao.dispute.dispute.web;

import java.time.Instant;
import java.util.List;

import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.dispute.dispute.model.Invitation;
import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.DisputeOrigin;
import org.fengqiao.events.dispute.Reporter;

/** A dispute as the API shows it. {@code version} is what a later change must quote. */
public record DisputeView(String id, String gridCellId, DisputeCategory category, List<Party> parties, String description,
                          int peopleInvolved, Reporter reporter, DisputeOrigin origin, Instant reportedAt, DisputeStatus status,
                          DisputeLayer layer, RiskLevel riskLevel, String site, String assigneeId, Instant deadline,
                          List<Invitation> invitations, int recurrences, long version) {

    static DisputeView of(Dispute dispute) {
        return new DisputeView(dispute.id(), dispute.gridCellId(), dispute.category(), dispute.parties(),
                dispute.description(), dispute.peopleInvolved(), dispute.reporter(), dispute.origin(), dispute.reportedAt(),
                dispute.status(), dispute.layer(), dispute.riskLevel(), dispute.site(), dispute.assigneeId(),
                dispute.deadline(), dispute.invitations(), dispute.recurrences(), dispute.version() == null ? 0 : dispute.version());
    }
}
