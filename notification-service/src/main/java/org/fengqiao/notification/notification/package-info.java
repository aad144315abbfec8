/**
 * Notifications: routed from the platform's events to their recipients, composed from templates,
 * delivered on each channel (in-app with a live stream, e-mail, webhook) with retries, quiet hours
 * and a daily digest, urgent alerts repeated until acknowledged.
 */
package org.fengqiao.notification.notification;
