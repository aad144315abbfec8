package org.fengqiao.dispute.kpi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeLayer;

/**
 * The station's dispute KPIs as a pure function of the events on {@code dispute.events}: the same
 * events give the same figures whether they are computed live or by replaying the topic.
 *
 * <h2>Reading the events</h2>
 * <ul>
 *   <li><b>Distinct events.</b> An event equal (record {@code equals}) to one already read is a
 *       redelivery and is skipped; the first occurrence counts.</li>
 *   <li><b>Time.</b> Each event's time is its own timestamp ({@code occurredAt()}, its
 *       {@code ce_time}). Events after
 *       {@code asOf} are ignored; an event at {@code asOf} counts.</li>
 *   <li><b>Order.</b> Each dispute's events are folded in the order given, which on the topic is
 *       the order they were published (one dispute, one key, one partition). How the events of
 *       different disputes are interleaved does not matter, and every list of ids is sorted.</li>
 *   <li><b>Cohort.</b> The disputes whose {@code DisputeReported.reportedAt} lies in
 *       {@code [from, to)} and not after {@code asOf}, and, if the query names a grid cell, whose
 *       {@code DisputeReported.gridCellId} is that cell. Events of disputes whose report is not in
 *       the list are ignored.</li>
 *   <li><b>Status at asOf.</b> A dispute is RESOLVED after a {@code DisputeResolved}, CLOSED after
 *       a {@code DisputeClosed}, and open again after a {@code DisputeReopened}; it is
 *       <i>concluded</i> when RESOLVED or CLOSED.</li>
 * </ul>
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>resolutionRate</b> (矛盾化解率): among cohort disputes concluded at {@code asOf}, the
 *       share RESOLVED.</li>
 *   <li><b>mediationSuccessRate</b> (纠纷调解率): among concluded cohort disputes that had at least
 *       one {@code MediationSessionRecorded}, the share RESOLVED.</li>
 *   <li><b>notPushedUpwardRate</b> (不上交): among concluded cohort disputes, the share NOT closed
 *       by a {@code DisputeClosed} with {@code pushedUpward = true} (a withdrawal is concluded but
 *       not pushed upward; a referral to court or a petition is pushed upward).</li>
 *   <li><b>resolvedWithinGridRate</b> (不出网): among RESOLVED cohort disputes, the share whose
 *       (last) {@code DisputeResolved.layer} is at most SOURCE_RESOLUTION.</li>
 *   <li><b>timeToFirstIntervention</b> (早介入): from {@code DisputeReported} to the first
 *       {@code DisputeTriaged}; median, mean and total over the cohort disputes triaged by
 *       {@code asOf}.</li>
 *   <li><b>timeToResolution</b>: from {@code DisputeReported} to the last {@code DisputeResolved};
 *       over the cohort disputes RESOLVED at {@code asOf}.</li>
 *   <li><b>dwellPerLayer</b>: for each layer, the time each cohort dispute spent at it (summed
 *       over its visits), then median, mean and total over the disputes that entered it. A dispute
 *       enters INFORMATION when reported, and enters a layer by {@code DisputeTriaged} (its
 *       {@code layer}), {@code DisputeEscalated} ({@code toLayer}) or {@code DisputeReopened}
 *       (its {@code layer}); it leaves a layer by entering another, by resolution or closure, or at
 *       {@code asOf} if still open. Time between a conclusion and a reopening counts for no layer;
 *       time waiting on a party counts for the layer.</li>
 *   <li><b>openByLayer</b>: cohort disputes not concluded at {@code asOf}, by current layer (a
 *       dispute not yet triaged is at INFORMATION).</li>
 *   <li><b>resolvedByLayer</b>: the cohort disputes RESOLVED at {@code asOf}, by the layer of their
 *       (last) {@code DisputeResolved}.</li>
 *   <li><b>overdueByLayer</b>: of those, the ones whose current assignment's deadline is before
 *       {@code asOf}. The deadline is set by {@code DisputeAssigned.deadline}, moved by
 *       {@code DisputeResumed.deadline} when that is present, and cleared by escalation,
 *       resolution, closure and reopening (the dispute then waits unassigned, with no deadline,
 *       until the next {@code DisputeAssigned}). A dispute awaiting a party (after
 *       {@code DisputeAwaitingParty}, until {@code DisputeResumed} or it leaves its layer) is not
 *       overdue.</li>
 *   <li><b>recurrenceWithin90Days</b>: among cohort disputes resolved at least once by
 *       {@code asOf}, the share reopened by a {@code DisputeReopened} at most 90 days
 *       ({@link #RECURRENCE_WINDOW}) after the {@code DisputeResolved} it undid. (For disputes
 *       resolved less than 90 days before {@code asOf} the window is not over yet.)</li>
 * </ul>
 * A rate's {@link Figure#disputeIds()} are its denominator's cases; its value is {@code null}
 * when the denominator is 0.
 */
public final class DisputeKpis {

    /** How soon after a resolution a reopening counts as a recurrence. */
    public static final Duration RECURRENCE_WINDOW = Duration.ofDays(90);

    /** The KPIs of the disputes {@code query} selects, at {@code query.asOf()}. */
    public static KpiReport compute(Collection<? extends DisputeEvent> events, KpiQuery query) {
        return computeByDispute(List.of(Objects.requireNonNull(events, "events")), query);
    }

    /**
     * {@link #compute} from the events given one dispute at a time (each collection holding all the
     * events of its disputes, as the log keeps them), so that only one dispute's events need be
     * held at once: the fold keeps only what the figures need of each dispute.
     */
    public static KpiReport computeByDispute(Iterable<? extends Collection<? extends DisputeEvent>> disputes, KpiQuery query) {
        Objects.requireNonNull(query, "query");
        return report(query, cohort(histories(disputes, query.asOf()), query));
    }

    /**
     * The KPIs per grid cell: one report for each grid cell where a dispute of the period was
     * reported (or only for the query's grid cell, when it names one), keyed and sorted by grid
     * cell id. Each report equals {@code compute(events, query.inGridCell(cell))}.
     */
    public static Map<String, KpiReport> byGridCell(Collection<? extends DisputeEvent> events, KpiQuery query) {
        return byGridCellByDispute(List.of(Objects.requireNonNull(events, "events")), query);
    }

    /** {@link #byGridCell} from the events given one dispute at a time, as {@link #computeByDispute} reads them. */
    public static Map<String, KpiReport> byGridCellByDispute(Iterable<? extends Collection<? extends DisputeEvent>> disputes,
            KpiQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, List<DisputeHistory>> byCell = new TreeMap<>();
        if (query.gridCellId() != null) {
            byCell.put(query.gridCellId(), new ArrayList<>());
        }
        for (DisputeHistory history : cohort(histories(disputes, query.asOf()), query)) {
            byCell.computeIfAbsent(history.gridCellId(), cell -> new ArrayList<>()).add(history);
        }
        Map<String, KpiReport> reports = new TreeMap<>();
        byCell.forEach((cell, cohort) -> reports.put(cell, report(query.inGridCell(cell), cohort)));
        return Collections.unmodifiableMap(reports);
    }

    /**
     * Whether the KPIs read {@code event} at all: risk changes, deadline notices and the joint
     * mediation's invitations change none of the figures, so a log behind the KPIs need not keep them.
     */
    public static boolean reads(DisputeEvent event) {
        return DisputeHistory.FOLDED.contains(Objects.requireNonNull(event, "event").getClass());
    }

    /**
     * Each dispute's history, folded from the events of each collection in turn, each event once (a
     * collection holds all the events of its disputes, so an event read twice is twice in one
     * collection).
     */
    private static Map<String, DisputeHistory> histories(Iterable<? extends Collection<? extends DisputeEvent>> disputes, Instant asOf) {
        Objects.requireNonNull(disputes, "disputes");
        Map<String, DisputeHistory> histories = new LinkedHashMap<>();
        for (Collection<? extends DisputeEvent> events : disputes) {
            for (DisputeEvent event : new LinkedHashSet<DisputeEvent>(Objects.requireNonNull(events, "events"))) {
                Objects.requireNonNull(event, "events must not contain null");
                if (event.occurredAt().isAfter(asOf)) {
                    continue;
                }
                histories.computeIfAbsent(event.disputeId(), DisputeHistory::new).apply(event, RECURRENCE_WINDOW);
            }
        }
        histories.values().forEach(history -> history.finish(asOf));
        return histories;
    }

    private static List<DisputeHistory> cohort(Map<String, DisputeHistory> histories, KpiQuery query) {
        return histories.values().stream()
                .filter(DisputeHistory::wasReported)
                .filter(h -> !h.reportedAt().isBefore(query.from()) && h.reportedAt().isBefore(query.to()))
                .filter(h -> query.gridCellId() == null || query.gridCellId().equals(h.gridCellId()))
                .toList();
    }

    private static KpiReport report(KpiQuery query, List<DisputeHistory> cohort) {
        List<DisputeHistory> concluded = where(cohort, DisputeHistory::concluded);
        List<DisputeHistory> resolved = where(cohort, DisputeHistory::resolved);
        List<DisputeHistory> mediated = where(concluded, DisputeHistory::mediated);
        List<DisputeHistory> everResolved = where(cohort, DisputeHistory::everResolved);
        List<DisputeHistory> open = where(cohort, h -> !h.concluded());

        Map<String, Duration> toTriage = new LinkedHashMap<>();
        Map<String, Duration> toResolution = new LinkedHashMap<>();
        Map<DisputeLayer, Map<String, Duration>> dwell = new EnumMap<>(DisputeLayer.class);
        for (DisputeLayer layer : DisputeLayer.values()) {
            dwell.put(layer, new LinkedHashMap<>());
        }
        for (DisputeHistory h : cohort) {
            if (h.firstTriagedAt() != null) {
                toTriage.put(h.disputeId(), Duration.between(h.reportedAt(), h.firstTriagedAt()));
            }
            if (h.resolved()) {
                toResolution.put(h.disputeId(), Duration.between(h.reportedAt(), h.lastResolvedAt()));
            }
            h.dwell().forEach((layer, time) -> dwell.get(layer).put(h.disputeId(), time));
        }

        Map<DisputeLayer, DurationFigure> dwellPerLayer = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> openByLayer = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> overdueByLayer = new EnumMap<>(DisputeLayer.class);
        Map<DisputeLayer, CaseCount> resolvedByLayer = new EnumMap<>(DisputeLayer.class);
        for (DisputeLayer layer : DisputeLayer.values()) {
            resolvedByLayer.put(layer, CaseCount.of("resolvedByLayer." + layer, ids(where(resolved, h -> h.resolvedAtLayer() == layer))));
            dwellPerLayer.put(layer, DurationFigure.of("dwellPerLayer." + layer, dwell.get(layer)));
            List<DisputeHistory> openHere = where(open, h -> h.layer() == layer);
            openByLayer.put(layer, CaseCount.of("openByLayer." + layer, ids(openHere)));
            overdueByLayer.put(layer, CaseCount.of("overdueByLayer." + layer,
                    ids(where(openHere, h -> h.overdueAt(query.asOf())))));
        }

        return new KpiReport(query, ids(cohort).stream().sorted().toList(), cohort.size(),
                Figure.of("resolutionRate", count(concluded, DisputeHistory::resolved), ids(concluded)),
                Figure.of("mediationSuccessRate", count(mediated, DisputeHistory::resolved), ids(mediated)),
                Figure.of("notPushedUpwardRate", count(concluded, h -> !h.closedPushedUpward()), ids(concluded)),
                Figure.of("resolvedWithinGridRate",
                        count(resolved, h -> h.resolvedAtLayer().compareTo(DisputeLayer.SOURCE_RESOLUTION) <= 0), ids(resolved)),
                DurationFigure.of("timeToFirstIntervention", toTriage),
                DurationFigure.of("timeToResolution", toResolution),
                dwellPerLayer, openByLayer, overdueByLayer, resolvedByLayer,
                Figure.of("recurrenceWithin90Days", count(everResolved, DisputeHistory::reopenedWithinWindow), ids(everResolved)));
    }

    private static List<DisputeHistory> where(List<DisputeHistory> histories, Predicate<DisputeHistory> test) {
        return histories.stream().filter(test).toList();
    }

    private static long count(List<DisputeHistory> histories, Predicate<DisputeHistory> test) {
        return histories.stream().filter(test).count();
    }

    private static List<String> ids(List<DisputeHistory> histories) {
        return histories.stream().map(DisputeHistory::disputeId).toList();
    }

    private DisputeKpis() {
    }
}
