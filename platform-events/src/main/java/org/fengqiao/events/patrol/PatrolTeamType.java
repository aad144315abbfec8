package org.fengqiao.events.patrol;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kinds of volunteer joint patrol teams the station works with. */
public enum PatrolTeamType {
    /** Estate-management patrols ("red butler"). */
    RED_BUTLER,
    /** Volunteer police ("blue shield"). */
    BLUE_SHIELD,
    VILLAGE_SECURITY,
    CAMPUS_GUARD,
    @JsonEnumDefaultValue
    OTHER
}
