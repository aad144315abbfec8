package org.fengqiao.citizen.outreach.model;

import java.time.Instant;

/**
 * Someone lost (a child, an elderly person with dementia) whom officers or volunteers helped,
 * recorded without their name: where they were found and how it ended.
 */
public record LostPersonHelped(String id, Instant foundAt, String place, String gridCellId, String description, Outcome outcome,
                               String officerId, Instant recordedAt) {

    /** The station's tally counter of lost persons helped. */
    public static final String COUNTER = "lostPersonsHelped";

    public enum Outcome {
        REUNITED_WITH_FAMILY, TAKEN_HOME, HANDED_TO_CIVIL_AFFAIRS, TAKEN_TO_HOSPITAL
    }
}
