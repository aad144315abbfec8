package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a dispute is about. Values may be added; older readers see them as {@link #OTHER}. */
public enum DisputeCategory {
    WAGE_ARREARS,
    DEMOLITION_COMPENSATION,
    NEIGHBOUR,
    TENANCY,
    FAMILY,
    CONSUMER,
    TRAFFIC,
    @JsonEnumDefaultValue
    OTHER
}
