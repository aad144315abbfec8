package org.fengqiao.events.patrol;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How an incident ended. */
public enum IncidentOutcome {
    /** Suspects were caught. */
    SUSPECTS_CAUGHT,
    /** Nothing was wrong. */
    FALSE_ALARM,
    /** Handed over to another body (e.g. the criminal police, dispute-service). */
    HANDED_OVER,
    /** Settled on the spot. */
    RESOLVED_ON_SITE,
    @JsonEnumDefaultValue
    OTHER
}
