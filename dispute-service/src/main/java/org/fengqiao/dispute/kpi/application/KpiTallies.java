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
     * Adds {@code change} to the tally of the disputes reported on {@code reportedAt}'s date in
     * {@code gridCellId}, unless the record read at {@code position} has been added already
     * ({@code position} {@code null}: always added).
     */
    void add(Instant reportedAt, String gridCellId, KpiTally change, RecordPosition position);

    /** The tallies of the disputes reported on these days, by grid cell; cells with none left out. */
    Map<String, KpiTally> byGridCell(List<LocalDate> days);
}
