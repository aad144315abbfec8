package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who cancelled an appointment. A value unknown to a reader reads as OTHER. */
public enum AppointmentParty {
    CITIZEN,
    STATION,
    @JsonEnumDefaultValue
    OTHER
}
