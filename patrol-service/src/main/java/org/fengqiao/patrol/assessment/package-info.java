/**
 * The monthly assessment of every team (checkpoint coverage, shifts done, incidents, tasks
 * reported) and the patrol KPIs; the teams under the coverage bar are published once a month.
 */
package org.fengqiao.patrol.assessment;
