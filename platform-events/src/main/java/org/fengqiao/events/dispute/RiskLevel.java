package org.fengqiao.events.dispute;

/**
 * Risk that a dispute turns into a mass incident (群体性事件). No default for unknown values: a
 * reader must not mistake a new, higher level for a low one, so such a record is dead-lettered.
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** HIGH and CRITICAL bring patrols for order maintenance and skip the lower layers. */
    public boolean isHigh() {
        return this == HIGH || this == CRITICAL;
    }
}
