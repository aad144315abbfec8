package org.fengqiao.dispute.kpi.application;

import java.util.List;

import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.kit.messaging.RecordPosition;

/**
 * The dispute events the KPIs read, as read back from {@code dispute.events}, once each. The KPIs
 * are computed from this log only, so replaying the topic gives the same figures.
 */
public interface DisputeEventLog {

    /**
     * Keeps the event unless an event with the same {@code ce_id} is already kept, or the KPIs do
     * not read its type ({@code DisputeKpis.reads}).
     */
    default void append(String eventId, DisputeEvent event) {
        append(eventId, event, null);
    }

    /**
     * Keeps the event as {@link #append(String, DisputeEvent)} does, and adds what it changes in
     * its dispute's share to the running tallies ({@link KpiTallies}), unless the record read at
     * {@code position} was added before ({@code null}: a record without a position).
     */
    default void append(String eventId, DisputeEvent event, RecordPosition position) {
        appendAll(List.of(new Read(eventId, event, position)));
    }

    /** An event as read from the topic: its {@code ce_id}, the event, and where it was read ({@code null}: nowhere said). */
    record Read(String eventId, DisputeEvent event, RecordPosition position) {
    }

    /**
     * Keeps each event as {@link #append(String, DisputeEvent, RecordPosition)} does, in the order
     * given (the events of one poll of the topic), with a few writes for all of them: the same log
     * and the same tallies as appending them one by one.
     */
    void appendAll(List<Read> events);

    /**
     * The events of the disputes reported in {@code [from, to)} (and perhaps of some reported on
     * the same days around it: the KPIs pick their cohort exactly), one list per dispute, each in
     * the order they were read; found by key, one document per dispute, so the cost follows the
     * cohort, not its events or all that is stored. Read as iterated, a few hundred disputes at a
     * time, so that a year's fold never holds the year's events at once.
     */
    Iterable<List<DisputeEvent>> reportedIn(java.time.Instant from, java.time.Instant to);
}
