/**
 * The edge between patrol-service's features and {@code patrol.events}: its published language
 * ({@link org.fengqiao.patrol.contract.PatrolContract}), one translator for the whole service.
 */
package org.fengqiao.patrol.contract;
