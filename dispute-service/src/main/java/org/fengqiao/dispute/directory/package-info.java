/**
 * Who takes part: the station's units, the mediation team, the departments invited to joint
 * mediation and the information investigators, from reference data.
 */
package org.fengqiao.dispute.directory;
