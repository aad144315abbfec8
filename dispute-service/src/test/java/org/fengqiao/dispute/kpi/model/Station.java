package org.fengqiao.dispute.kpi.model;

import static org.fengqiao.dispute.kpi.model.Events.CELL;
import static org.fengqiao.dispute.kpi.model.Events.acknowledged;
import static org.fengqiao.dispute.kpi.model.Events.assigned;
import static org.fengqiao.dispute.kpi.model.Events.awaitingParty;
import static org.fengqiao.dispute.kpi.model.Events.closed;
import static org.fengqiao.dispute.kpi.model.Events.day;
import static org.fengqiao.dispute.kpi.model.Events.deadlineApproaching;
import static org.fengqiao.dispute.kpi.model.Events.deadlinePassed;
import static org.fengqiao.dispute.kpi.model.Events.escalated;
import static org.fengqiao.dispute.kpi.model.Events.invited;
import static org.fengqiao.dispute.kpi.model.Events.mediation;
import static org.fengqiao.dispute.kpi.model.Events.reopened;
import static org.fengqiao.dispute.kpi.model.Events.reported;
import static org.fengqiao.dispute.kpi.model.Events.resolved;
import static org.fengqiao.dispute.kpi.model.Events.riskLowered;
import static org.fengqiao.dispute.kpi.model.Events.riskRaised;
import static org.fengqiao.dispute.kpi.model.Events.triaged;
import static org.fengqiao.events.dispute.DisputeLayer.JOINT_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.PROFESSIONAL_MEDIATION;
import static org.fengqiao.events.dispute.DisputeLayer.SOURCE_RESOLUTION;

import java.util.List;

import org.fengqiao.events.dispute.ClosureReason;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.MediationOutcome;

/**
 * One grid cell's month: the disputes reported in January (days 0 to 29), looked at on day 60.
 * Day numbers are days after {@link Events#T0}.
 */
public final class Station {

    public static final KpiQuery JANUARY_ON_DAY_60 = KpiQuery.station(day(0), day(30), day(60));

    /** Escalated twice (SOURCE -> PROFESSIONAL -> JOINT), then resolved at JOINT on day 20. */
    public static final List<DisputeEvent> ESCALATED_TWICE = List.of(
            reported("d-escalated", CELL, day(0)),
            triaged("d-escalated", SOURCE_RESOLUTION, day(0, 2)),
            assigned("d-escalated", SOURCE_RESOLUTION, day(7), day(0, 2)),
            mediation("d-escalated", SOURCE_RESOLUTION, MediationOutcome.FAILED, day(3)),
            deadlineApproaching("d-escalated", SOURCE_RESOLUTION, day(7), day(6)),
            deadlinePassed("d-escalated", SOURCE_RESOLUTION, day(7), day(7)),
            escalated("d-escalated", SOURCE_RESOLUTION, PROFESSIONAL_MEDIATION, day(7)),
            assigned("d-escalated", PROFESSIONAL_MEDIATION, day(22), day(7)),
            riskRaised("d-escalated", CELL, day(9)),
            mediation("d-escalated", PROFESSIONAL_MEDIATION, MediationOutcome.FAILED, day(10)),
            escalated("d-escalated", PROFESSIONAL_MEDIATION, JOINT_MEDIATION, day(12)),
            assigned("d-escalated", JOINT_MEDIATION, day(42), day(12)),
            invited("d-escalated", "labour-inspection", day(12)),
            acknowledged("d-escalated", "labour-inspection", day(13)),
            mediation("d-escalated", JOINT_MEDIATION, MediationOutcome.AGREEMENT, day(20)),
            riskLowered("d-escalated", CELL, day(20)),
            resolved("d-escalated", CELL, JOINT_MEDIATION, day(20)));

    /** A party petitioned higher authorities on day 6: concluded, pushed upward, not resolved. */
    public static final List<DisputeEvent> PETITIONED = List.of(
            reported("d-petitioned", CELL, day(1)),
            triaged("d-petitioned", PROFESSIONAL_MEDIATION, day(2)),
            assigned("d-petitioned", PROFESSIONAL_MEDIATION, day(17), day(2)),
            mediation("d-petitioned", PROFESSIONAL_MEDIATION, MediationOutcome.PARTY_REFUSED, day(5)),
            closed("d-petitioned", CELL, PROFESSIONAL_MEDIATION, ClosureReason.PETITIONED, day(6)));

    /** Withdrawn by the parties on day 4, without any mediation session: concluded, not pushed upward. */
    public static final List<DisputeEvent> WITHDRAWN = List.of(
            reported("d-withdrawn", CELL, day(2)),
            triaged("d-withdrawn", SOURCE_RESOLUTION, day(2, 4)),
            closed("d-withdrawn", CELL, SOURCE_RESOLUTION, ClosureReason.WITHDRAWN, day(4)));

    /** Resolved at SOURCE on day 5, reopened on day 30 (25 days later), resolved again on day 40. */
    public static final List<DisputeEvent> REOPENED = List.of(
            reported("d-reopened", CELL, day(3)),
            triaged("d-reopened", SOURCE_RESOLUTION, day(3, 1)),
            assigned("d-reopened", SOURCE_RESOLUTION, day(10), day(3, 1)),
            mediation("d-reopened", SOURCE_RESOLUTION, MediationOutcome.AGREEMENT, day(5)),
            resolved("d-reopened", CELL, SOURCE_RESOLUTION, day(5)),
            reopened("d-reopened", SOURCE_RESOLUTION, day(30)),
            assigned("d-reopened", SOURCE_RESOLUTION, day(37), day(30)),
            resolved("d-reopened", CELL, SOURCE_RESOLUTION, day(40)));

    /** Triaged straight to JOINT; its deadline passed on day 34 and it is still open (overdue) on day 60. */
    public static final List<DisputeEvent> OVERDUE = List.of(
            reported("d-overdue", CELL, day(4)),
            triaged("d-overdue", JOINT_MEDIATION, day(4, 3)),
            assigned("d-overdue", JOINT_MEDIATION, day(34), day(4, 3)),
            deadlinePassed("d-overdue", JOINT_MEDIATION, day(34), day(34)));

    /** Waiting since day 10 on a party; its deadline (day 20) is long past on day 60, but the clock is paused. */
    public static final List<DisputeEvent> AWAITING = List.of(
            reported("d-awaiting", CELL, day(5)),
            triaged("d-awaiting", PROFESSIONAL_MEDIATION, day(5, 5)),
            assigned("d-awaiting", PROFESSIONAL_MEDIATION, day(20), day(5, 5)),
            awaitingParty("d-awaiting", day(10)));

    /** Reported in December, resolved in January: not in January's cohort. */
    public static final List<DisputeEvent> REPORTED_BEFORE = List.of(
            reported("d-december", CELL, day(-10)),
            triaged("d-december", SOURCE_RESOLUTION, day(-9)),
            closed("d-december", CELL, SOURCE_RESOLUTION, ClosureReason.REFERRED_TO_COURT, day(5)));

    /** Reported in February: not in January's cohort. */
    public static final List<DisputeEvent> REPORTED_AFTER = List.of(
            reported("d-february", CELL, day(35)),
            triaged("d-february", SOURCE_RESOLUTION, day(35, 1)));

    public static final List<List<DisputeEvent>> STORIES =
            List.of(ESCALATED_TWICE, PETITIONED, WITHDRAWN, REOPENED, OVERDUE, AWAITING, REPORTED_BEFORE, REPORTED_AFTER);

    /** All of the above as published on the topic: the disputes' events interleaved in time order. */
    public static List<DisputeEvent> topic() {
        return Events.topic(ESCALATED_TWICE, PETITIONED, WITHDRAWN, REOPENED, OVERDUE, AWAITING, REPORTED_BEFORE, REPORTED_AFTER);
    }

    private Station() {
    }
}
