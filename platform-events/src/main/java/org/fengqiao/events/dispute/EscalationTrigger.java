package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a dispute moved to a higher layer. */
public enum EscalationTrigger {
    DEADLINE_PASSED,
    MEDIATION_FAILED,
    RISK,
    @JsonEnumDefaultValue
    DECISION
}
