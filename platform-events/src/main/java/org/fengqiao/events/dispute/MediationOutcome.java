package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How one mediation session ended. */
public enum MediationOutcome {
    AGREEMENT,
    PARTIAL,
    FAILED,
    PARTY_REFUSED,
    @JsonEnumDefaultValue
    OTHER
}
