package org.fengqiao.dispute.dispute.model;

/**
 * What the officer knows that bears on the risk of a mass incident.
 *
 * @param peopleInvolved       how many people are involved
 * @param amountOwedYuan       money in dispute (e.g. wages owed), 0 when none
 * @param gateBlocked          people are blocking a site gate or a road
 * @param petitionThreatened   a party threatens to petition higher authorities
 * @param repeatAtSite         an earlier dispute happened at the same site
 * @param wageDeadlineSeason   a holiday or the year-end wage deadline is near
 */
public record RiskSignals(int peopleInvolved, long amountOwedYuan, boolean gateBlocked, boolean petitionThreatened,
                          boolean repeatAtSite, boolean wageDeadlineSeason) {
}
