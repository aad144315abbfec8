/**
 * Home visits: what an officer found at a household, each finding becoming work for others (a
 * door-to-door request, a dispute handed over, a safety hazard, an anti-fraud warning).
 */
package org.fengqiao.citizen.visit;
