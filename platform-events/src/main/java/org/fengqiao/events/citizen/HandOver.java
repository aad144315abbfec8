package org.fengqiao.events.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a finished card or document reaches its holder. A value unknown to a reader reads as OTHER. */
public enum HandOver {
    PICK_UP,
    DELIVERY,
    @JsonEnumDefaultValue
    OTHER
}
