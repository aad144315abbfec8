/**
 * The grid blocks with their checkpoints and each team's duty roster, from reference data.
 */
package org.fengqiao.patrol.directory;
