package org.fengqiao.events.patrol;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What an incident is: the four preventions (四防) and the other kinds a patrol meets. */
public enum IncidentCategory {
    ACCIDENT,
    FRAUD,
    THEFT,
    SABOTAGE,
    SUSPICIOUS_ACTIVITY,
    DISPUTE,
    @JsonEnumDefaultValue
    OTHER
}
