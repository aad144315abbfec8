package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who reported a dispute. */
public enum ReporterRole {
    GRID_WORKER,
    /** Site safety officers and grid workers enrolled in the information-gathering layer. */
    INFORMATION_INVESTIGATOR,
    COMMUNITY_OFFICER,
    RESIDENT,
    @JsonEnumDefaultValue
    OTHER
}
