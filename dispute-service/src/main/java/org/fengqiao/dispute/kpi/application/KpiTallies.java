package org.fengqiao.dispute.kpi.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.fengqiao.dispute.kpi.model.KpiTally;
import org.fengqiao.kit.messaging.RecordPosition;

/**
 * The KPIs' running tallies, by the day the disputes were reported on (a date of the station's
 * zone, {@link #zone()}) and their grid cell, kept as {@code dispute.events} is read (see
 * {@link KpiTally}).
 */
public interface KpiTallies {

    /** The zone whose dates the tallies are kept by. */
    ZoneId zone();

    /**
     * What one record read changes in the tally of the disputes reported on {@code reportedAt}'s
     * date in {@code gridCellId}; {@code position} is where the record was read ({@code null}: a
     * record without a position).
     */
    record Change(Instant reportedAt, String gridCellId, KpiTally tally, RecordPosition position) {
    }

    /**
     * Adds each change to the tally of the disputes reported on its {@code reportedAt}'s date in
     * its grid cell, in the order given, unless the record read at its {@code position} has been
     * added already ({@code position} {@code null}: always added); one write per tally document
     * touched.
     */
    void addAll(List<Change> changes);

    /** The tallies of the disputes reported on these days, by grid cell; cells with none left out. */
    Map<String, KpiTally> byGridCell(List<LocalDate> days);
}
