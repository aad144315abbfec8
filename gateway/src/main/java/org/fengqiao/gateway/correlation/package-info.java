/**
 * The {@code X-Correlation-Id} that lets one request be followed through the gateway, the service
 * it reaches and every event that follows from it.
 */
package org.fengqiao.gateway.correlation;
