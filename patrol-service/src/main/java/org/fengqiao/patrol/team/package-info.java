/**
 * Volunteer patrol teams, their members and the grid blocks they cover.
 */
package org.fengqiao.patrol.team;
