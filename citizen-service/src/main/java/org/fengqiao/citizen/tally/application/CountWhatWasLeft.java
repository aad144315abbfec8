package org.fengqiao.citizen.tally.application;

import org.fengqiao.kit.persistence.CountedRecords;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts into the day counters the records that were written but not counted: the service stopped
 * between the two, the store was away for a moment, or they were stored before the tallies were
 * kept by day. Bounded batches, at a slow cadence ({@code citizen.tallies.sweep-interval}).
 */
@Component
public class CountWhatWasLeft {

    private final CountedRecords records;

    CountWhatWasLeft(CountedRecords records) {
        this.records = records;
    }

    /** @return how many records were counted now */
    @Scheduled(fixedDelayString = "${citizen.tallies.sweep-interval}", initialDelayString = "${citizen.tallies.sweep-first-after}")
    public int sweep() {
        return records.sweep();
    }
}
