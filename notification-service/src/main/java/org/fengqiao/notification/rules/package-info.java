/**
 * Routing rules: which events concern whom, on which channels, with what urgency.
 */
package org.fengqiao.notification.rules;
