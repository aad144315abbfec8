package org.fengqiao.citizen.tally.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one record adds to one day's tally: counters and the amounts added to them. Its id names
 * the record and the fact counted ({@code <record id>:made}), so counting the same entry twice
 * adds nothing the second time.
 *
 * @param id     the record and the fact counted
 * @param day    the station's local date the fact happened on
 * @param counts counter → amount, such as {@code homeVisits → 1, peopleVisited → 3}
 */
public record TallyEntry(String id, LocalDate day, Map<String, Long> counts) {

    public static final String HOME_VISITS = "homeVisits";
    public static final String PEOPLE_VISITED = "peopleVisited";
    public static final String LOST_PERSONS_HELPED = "lostPersonsHelped";
    public static final String ONLINE_APPOINTMENTS = "onlineAppointments";
    public static final String PRE_ACCEPTANCE_CASES = "preAcceptanceCases";
    public static final String DOOR_TO_DOOR_SERVICES = "doorToDoorServices";
    public static final String ENTERPRISE_SERVICES = "enterpriseServices";
    public static final String ENTERPRISE_APPLICATIONS = "enterpriseApplications";
    public static final String LOST_ITEMS_RECEIVED = "lostItemsReceived";
    public static final String LOST_ITEMS_RETURNED = "lostItemsReturned";
    public static final String LOST_ITEMS_DISPOSED = "lostItemsDisposed";

    public TallyEntry {
        counts = Map.copyOf(counts);
    }

    /** The counter of an outreach activity kind's activities held. */
    public static String activitiesHeld(String kind) {
        return "activities." + kind + ".held";
    }

    /** The counter of an outreach activity kind's total attendance. */
    public static String activityAttendance(String kind) {
        return "activities." + kind + ".attendance";
    }
}
