package org.fengqiao.events.dispute;

/**
 * The escalation layers, like the leaves around a cabbage heart: each adds people and authority.
 * A dispute is handled at the lowest layer able to solve it.
 */
public enum DisputeLayer {
    PREVENTION,
    INFORMATION,
    SOURCE_RESOLUTION,
    PROFESSIONAL_MEDIATION,
    JOINT_MEDIATION
}
