package org.fengqiao.citizen.outreach.model;

import java.time.Instant;

/**
 * An outreach activity the station held: a co-building event with residents, a safety tour, a
 * station open day, legal publicity, anti-fraud training; where, when and how many came.
 */
public record OutreachActivity(String id, Kind kind, String title, String place, String gridCellId, Instant heldAt, int attendance,
                               String officerId, Instant recordedAt) {

    public enum Kind {
        CO_BUILDING, SAFETY_TOUR, OPEN_DAY, LEGAL_PUBLICITY, ANTI_FRAUD_TRAINING;

        /** The station's tally counter of this kind's activities held. */
        public String heldCounter() {
            return "activities." + name() + ".held";
        }

        /** The station's tally counter of this kind's total attendance. */
        public String attendanceCounter() {
            return "activities." + name() + ".attendance";
        }
    }
}
