/**
 * Incidents a patrol reports: urgent ones alert the police until acknowledged, tasks for
 * neighbouring teams, the outcome, and a handover as a dispute when one is found.
 */
package org.fengqiao.patrol.incident;
