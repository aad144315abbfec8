/** The edge between the dispute model and the topic: its published language ({@link org.fengqiao.dispute.dispute.messaging.DisputeContract}). */
package org.fengqiao.dispute.dispute.messaging;
