package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** "Three rooms, two points, one centre". */
public enum ServicePointType {
    POLICE_ROOM,
    CAMPUS_POLICE_ROOM,
    CHAT_POLICE_ROOM,
    SELF_SERVICE_POINT,
    PRE_ACCEPTANCE_POINT,
    SERVICE_CENTRE,
    @JsonEnumDefaultValue
    OTHER
}
