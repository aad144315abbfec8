package org.fengqiao.dispute.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.fengqiao.dispute.directory.model.StationDirectory;
import org.fengqiao.dispute.directory.model.Unit;
import org.fengqiao.dispute.dispute.application.Disputes;
import org.fengqiao.dispute.dispute.application.RiskRules;
import org.fengqiao.dispute.dispute.model.DeadlinePolicy;
import org.fengqiao.dispute.dispute.model.Dispute;
import org.fengqiao.dispute.dispute.model.RiskSignals;
import org.fengqiao.events.dispute.Actor;
import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.events.dispute.EscalationTrigger;
import org.fengqiao.events.dispute.MediationOutcome;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;
import org.fengqiao.events.dispute.ReporterRole;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.seed.Seed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A made-up year of disputes for the local stack's demo: every dispute goes through the real
 * model (triage, contracted responsibility, mediation, escalation, outcome) at made-up times over
 * the past year, and its events are published like any others. The mix of outcomes follows the
 * station's published practice (most settled at the source, a few escalated, very few pushed
 * upward), so the KPIs land near its published rates. Runs once, when
 * {@code dispute.demo.seed-year=true} and the store holds no dispute yet.
 */
@Component
@ConditionalOnProperty("dispute.demo.seed-year")
class DemoYear implements Seed {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
    private static final int DISPUTES = 480;
    private static final DisputeCategory[] CATEGORIES = {DisputeCategory.WAGE_ARREARS, DisputeCategory.NEIGHBOUR,
            DisputeCategory.NEIGHBOUR, DisputeCategory.TENANCY, DisputeCategory.TENANCY, DisputeCategory.FAMILY,
            DisputeCategory.CONSUMER, DisputeCategory.TRAFFIC, DisputeCategory.DEMOLITION_COMPENSATION, DisputeCategory.OTHER};

    private final Disputes disputes;
    private final GridDirectory grid;
    private final StationDirectory directory;
    private final RiskRules riskRules;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    DemoYear(Disputes disputes, GridDirectory grid, StationDirectory directory, RiskRules riskRules, DeadlinePolicy deadlines,
             Clock clock) {
        this.disputes = disputes;
        this.grid = grid;
        this.directory = directory;
        this.riskRules = riskRules;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DEMO_DATA;
    }

    @Override
    public void seed() {
        if (disputes.search(new org.fengqiao.dispute.dispute.application.DisputeFilter(null, null, null, null), 0, 1).totalItems() > 0) {
            log.info("demo year not loaded: the store already holds disputes");
            return;
        }
        Instant now = clock.instant();
        Random random = new Random(2026);
        List<GridDirectory.GridCell> cells = grid.gridCells();
        for (int i = 0; i < DISPUTES; i++) {
            GridDirectory.GridCell cell = cells.get(random.nextInt(cells.size()));
            Instant reported = now.minus(Duration.ofMinutes(10 + random.nextInt(365 * 24 * 60 - 10)));
            disputes.save(story(i, cell, reported, now, random));
        }
        log.info("demo year loaded: {} made-up disputes over the past 365 days", DISPUTES);
    }

    /** A unit of the grid cell settles it at the source; where the cell has none, its community officer does. */
    private Actor sourceMediator(GridDirectory.GridCell cell, Actor officer, int draw) {
        List<Unit> units = directory.units().stream().filter(unit -> unit.gridCellId().equals(cell.id())).toList();
        return units.isEmpty() ? officer : new Actor(units.get(draw % units.size()).id(), "SOURCE_MEDIATOR");
    }

    private Dispute story(int n, GridDirectory.GridCell cell, Instant reported, Instant now, Random random) {
        DisputeCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        int people = category == DisputeCategory.WAGE_ARREARS ? 5 + random.nextInt(40) : 2 + random.nextInt(6);
        Actor officer = new Actor(cell.communityOfficerId(), "COMMUNITY_OFFICER");
        Actor siteMediator = sourceMediator(cell, officer, random.nextInt(60));
        Actor professional = new Actor(String.format("PM-%02d", 1 + random.nextInt(20)), "MEDIATOR");
        Dispute dispute = Dispute.report(String.format("demo-%04d", n), cell.id(), category,
                List.of(new Party("Party A of case " + n, "claimant"), new Party("Party B of case " + n, "respondent")),
                "Made-up demo dispute " + n + " (" + category + ") in " + cell.name() + ".", people,
                new Reporter(String.format("IV-%04d", 1 + random.nextInt(300)), ReporterRole.INFORMATION_INVESTIGATOR), reported);
        Instant t = reported.plus(Duration.ofMinutes(30 + random.nextInt(20 * 60)));
        if (t.isAfter(now)) {
            return dispute;
        }
        RiskSignals signals = new RiskSignals(people, category == DisputeCategory.WAGE_ARREARS ? 20_000L * people : 0,
                random.nextInt(100) < 2, false, random.nextInt(100) < 5, false);
        dispute.triage(officer, category, DisputeLayer.SOURCE_RESOLUTION, cell.name(), riskRules.assess(signals), null, t);
        int path = random.nextInt(1000);
        if (path < 40) {                       // withdrawn before any mediation
            dispute.close(officer, ClosureReason.WITHDRAWN, "the parties settled it themselves", step(t, random, 2));
            return dispute;
        }
        if (path < 42) {                       // petitioned before any mediation
            dispute.close(officer, ClosureReason.PETITIONED, "a party went to the county", step(t, random, 2));
            return dispute;
        }
        t = step(t, random, 1);
        dispute.assign(officer, dispute.layer() == DisputeLayer.SOURCE_RESOLUTION ? siteMediator.personId() : professional.personId(),
                deadlines, t);
        Actor mediator = dispute.layer() == DisputeLayer.SOURCE_RESOLUTION ? siteMediator : professional;
        t = step(t, random, 3);
        if (t.isAfter(now)) {
            return dispute;
        }
        if (path < 50) {                       // mediated, failed, referred to court
            dispute.recordMediation(mediator, List.of("both parties"), MediationOutcome.FAILED, null, t);
            dispute.close(officer, ClosureReason.REFERRED_TO_COURT, "a party sued", step(t, random, 5));
            return dispute;
        }
        if (path >= 770 && dispute.layer() == DisputeLayer.SOURCE_RESOLUTION) {   // escalated to the professional team
            dispute.recordMediation(mediator, List.of("both parties"), MediationOutcome.FAILED, null, t);
            dispute.escalate(officer, EscalationTrigger.MEDIATION_FAILED, "no agreement at the source", t);
            t = step(t, random, 1);
            dispute.assign(officer, professional.personId(), deadlines, t);
            mediator = professional;
            t = step(t, random, 6);
            if (path >= 950 && !t.isAfter(now)) {           // and on to joint mediation
                dispute.recordMediation(mediator, List.of("both parties", "the team's lawyer"), MediationOutcome.PARTIAL, null, t);
                dispute.escalate(officer, EscalationTrigger.DECISION, "needs the departments' powers", t);
                t = step(t, random, 1);
                dispute.assign(officer, professional.personId(), deadlines, t);
                dispute.inviteDepartments(officer, List.of("DEPT-TOWN-GOV", "DEPT-LABOUR-INSPECTION"), t);
                dispute.acknowledgeInvitation("DEPT-TOWN-GOV", new Actor("DEPT-TOWN-GOV-DESK", "DEPARTMENT"), step(t, random, 1));
                dispute.acknowledgeInvitation("DEPT-LABOUR-INSPECTION", new Actor("DEPT-LABOUR-INSPECTION-DESK", "DEPARTMENT"),
                        step(t, random, 1));
                t = step(t, random, 10);
            }
        }
        if (t.isAfter(now)) {
            return dispute;
        }
        dispute.recordMediation(mediator, List.of("both parties"), MediationOutcome.AGREEMENT, null, t);
        dispute.resolve(mediator, "Agreement " + n + " signed by both parties.", t);
        Instant back = step(t, random, 40);
        if (random.nextInt(100) < 2 && back.isBefore(now)) {
            dispute.reopen(officer, "a party came back: the agreement was not kept", back);
        }
        return dispute;
    }

    /** Some hours to {@code maxDays} days later. */
    private static Instant step(Instant t, Random random, int maxDays) {
        return t.plus(Duration.ofMinutes(60 + random.nextInt(maxDays * 24 * 60)));
    }
}
