/**
 * The PREVENTION layer: publicity sessions held with units and the report of a period's prevention
 * work.
 */
package org.fengqiao.dispute.prevention;
