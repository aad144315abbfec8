/**
 * The tallies the station publishes for a period, read from day counters that every counted record
 * adds to when it is written.
 */
package org.fengqiao.citizen.tally;
