/**
 * The station's KPIs (resolution and mediation rates, time to resolve, open and overdue by layer),
 * computed by one pure function from the dispute events alone, which this service reads back from
 * its own topic into a log kept by key.
 */
package org.fengqiao.dispute.kpi;
