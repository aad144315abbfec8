/**
 * Recipients: people, desks and outside systems, their channels, languages, quiet hours and duty
 * rosters.
 */
package org.fengqiao.notification.recipients;
