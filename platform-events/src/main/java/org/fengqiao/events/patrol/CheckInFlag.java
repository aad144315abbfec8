package org.fengqiao.events.patrol;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a check-in was accepted but flagged for the team's assessment. */
public enum CheckInFlag {
    /** Checked in further from the checkpoint than allowed. */
    FAR_FROM_CHECKPOINT,
    /** The device's clock differs from the server's by more than allowed. */
    DEVICE_CLOCK_SKEWED,
    @JsonEnumDefaultValue
    OTHER
}
