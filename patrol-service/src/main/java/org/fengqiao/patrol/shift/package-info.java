/**
 * Patrol shifts: started and ended by a member, check-ins at a block's checkpoints (flagged when
 * far off), and the planned shifts nobody started.
 */
package org.fengqiao.patrol.shift;
