/**
 * The clients tokens are issued to: the platform's apps (public, PKCE, each for its own kind of
 * people) and the outside systems (client credentials, limited by scopes).
 */
package org.fengqiao.identity.clients;
