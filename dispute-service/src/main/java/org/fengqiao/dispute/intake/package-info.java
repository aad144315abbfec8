/**
 * Disputes that start elsewhere: the findings of home visits and incidents other services hand
 * over, turned into reports of this service (each handover once).
 */
package org.fengqiao.dispute.intake;
