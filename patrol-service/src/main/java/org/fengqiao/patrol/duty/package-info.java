/**
 * Order-maintenance duty at a dispute's site: raised when a dispute's mass-incident risk is raised
 * in a team's area, lifted when the risk falls or the dispute ends.
 */
package org.fengqiao.patrol.duty;
