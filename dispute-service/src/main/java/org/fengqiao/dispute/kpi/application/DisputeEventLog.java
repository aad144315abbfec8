package org.fengqiao.dispute.kpi.application;

import java.util.List;

import org.fengqiao.events.dispute.DisputeEvent;

/**
 * The dispute events the KPIs read, as read back from {@code dispute.events}, once each. The KPIs
 * are computed from this log only, so replaying the topic gives the same figures.
 */
public interface DisputeEventLog {

    /**
     * Keeps the event unless an event with the same {@code ce_id} is already kept, or the KPIs do
     * not read its type ({@code DisputeKpis.reads}).
     */
    void append(String eventId, DisputeEvent event);

    /**
     * The events of the disputes reported in {@code [from, to)} (and perhaps of some reported on
     * the same days around it: the KPIs pick their cohort exactly), each dispute's in the order
     * they were read; found by key, one document per dispute, so the cost follows the cohort, not
     * its events or all that is stored.
     */
    List<DisputeEvent> reportedIn(java.time.Instant from, java.time.Instant to);
}
