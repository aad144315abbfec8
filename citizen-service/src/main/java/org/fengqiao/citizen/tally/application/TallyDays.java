package org.fengqiao.citizen.tally.application;

import java.time.LocalDate;
import java.util.Collection;

import org.fengqiao.citizen.tally.model.DayTotals;
import org.fengqiao.citizen.tally.model.TallyEntry;

/** Where each day's counters are kept, one document per day, read and written by key. */
public interface TallyDays {

    /**
     * Adds the entry's amounts to its day, unless that day has counted the entry already.
     *
     * @return true when it was added now, false when it had been counted before
     */
    boolean count(TallyEntry entry);

    /** The counters of these days added up (a day with nothing counted adds nothing). */
    DayTotals sum(Collection<LocalDate> days);
}
