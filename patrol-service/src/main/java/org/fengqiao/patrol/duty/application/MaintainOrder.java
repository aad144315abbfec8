package org.fengqiao.patrol.duty.application;

import java.time.Clock;
import java.util.Set;

import org.fengqiao.events.dispute.RiskLevel;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.messaging.EventRejectedException;
import org.fengqiao.patrol.directory.model.GridBlock;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.duty.model.OrderMaintenanceDuty;
import org.fengqiao.patrol.team.application.PatrolTeams;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns a dispute's risk into order-maintenance duty: HIGH or CRITICAL gives the team contracted to
 * the site's block a duty there (once per dispute while it is active); the risk falling below HIGH,
 * or the dispute being resolved or closed, lifts it.
 */
@Service
public class MaintainOrder {

    private static final Logger log = LoggerFactory.getLogger(MaintainOrder.class);
    private static final Set<RiskLevel> NEEDS_DUTY = Set.of(RiskLevel.HIGH, RiskLevel.CRITICAL);

    private final Duties duties;
    private final PatrolTeams teams;
    private final PatrolDirectory directory;
    private final Clock clock;

    public MaintainOrder(Duties duties, PatrolTeams teams, PatrolDirectory directory, Clock clock) {
        this.duties = duties;
        this.teams = teams;
        this.directory = directory;
        this.clock = clock;
    }

    /** @throws EventRejectedException when the grid cell has no block or the block no team: the event goes to the dead-letter topic */
    public void riskRaised(String eventId, String disputeId, String gridCellId, String site, RiskLevel level) {
        if (!NEEDS_DUTY.contains(level) || duties.activeFor(disputeId).isPresent()) {
            return;
        }
        GridBlock block = directory.siteBlockOf(gridCellId)
                .orElseThrow(() -> new EventRejectedException("no grid block in grid cell " + gridCellId + " for dispute " + disputeId));
        PatrolTeam team = teams.onBlock(block.id()).stream().findFirst()
                .orElseThrow(() -> new EventRejectedException("no team is contracted to block " + block.id() + " for dispute " + disputeId));
        duties.save(OrderMaintenanceDuty.assign(DerivedIds.of("duty", eventId), disputeId, team.id(), block.id(), gridCellId, site,
                level.name(), clock.instant()));
        log.info("dispute {} at {} risk: order-maintenance duty for {} at {} ({})", disputeId, level, team.id(), block.id(), site);
    }

    public void riskLowered(String disputeId, RiskLevel level) {
        if (!NEEDS_DUTY.contains(level)) {
            lift(disputeId, "DisputeRiskLowered");
        }
    }

    public void lift(String disputeId, String reason) {
        duties.activeFor(disputeId).ifPresent(duty -> {
            duty.lift(reason, clock.instant());
            duties.save(duty);
            log.info("order-maintenance duty {} for dispute {} lifted ({})", duty.snapshot().id(), disputeId, reason);
        });
    }
}
