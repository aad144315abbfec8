package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a resident applies for. A value unknown to a reader reads as OTHER. */
public enum ServiceRequestKind {
    HOUSEHOLD_REGISTRATION,
    ID_CARD,
    RESIDENCE_PERMIT,
    @JsonEnumDefaultValue
    OTHER
}
