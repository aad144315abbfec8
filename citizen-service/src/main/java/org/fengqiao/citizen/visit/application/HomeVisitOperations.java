package org.fengqiao.citizen.visit.application;

import org.fengqiao.kit.recovery.UnfinishedOperations;

/**
 * The record of home visits being stored with the door-to-door requests they open (collection
 * {@code home_visit_operations}): the visit names each request, so a crash between the writes
 * would leave it naming work that does not exist. {@link LogHomeVisit#finishInterrupted()}
 * completes what a crash left.
 */
public record HomeVisitOperations(UnfinishedOperations log) {
}
