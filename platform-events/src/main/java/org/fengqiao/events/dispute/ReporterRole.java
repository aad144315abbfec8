package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who reported a dispute. */
public enum ReporterRole {
    GRID_WORKER,
    /** Site safety officers and grid workers enrolled in the information-gathering layer. */
    INFORMATION_INVESTIGATOR,
    COMMUNITY_OFFICER,
    RESIDENT,
    /** A member of a volunteer patrol team (an incident handed over by patrol-service). */
    PATROL_MEMBER,
    @JsonEnumDefaultValue
    OTHER
}
