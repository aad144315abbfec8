package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a service request reached the station. A value unknown to a reader reads as OTHER. */
public enum ServiceChannel {
    AT_SERVICE_POINT,
    DOOR_TO_DOOR,
    ENTERPRISE,
    @JsonEnumDefaultValue
    OTHER
}
