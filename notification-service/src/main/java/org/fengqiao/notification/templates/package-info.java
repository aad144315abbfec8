/**
 * Message templates per event type and language, and how a template is filled with an event's
 * payload.
 */
package org.fengqiao.notification.templates;
