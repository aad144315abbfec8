/**
 * Who may act: the claims every access token of the platform carries, the roles and the scopes.
 * Part of the published contract like the events: the platform's own identity provider issues
 * these claims, and a deployment that brings its own OpenID Connect provider (for example
 * Keycloak) must issue them too. Names are never renamed or reused; new roles and scopes are
 * added.
 *
 * @since 0.2 (issue 11)
 */
package org.fengqiao.events.access;
