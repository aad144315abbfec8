/**
 * The tokens: the claims of the token contract ({@link org.fengqiao.events.access.TokenClaims}) put
 * into every access and ID token, the userinfo answer, and the in-memory authorizations behind them.
 */
package org.fengqiao.identity.tokens;
