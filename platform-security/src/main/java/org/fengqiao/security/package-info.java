/**
 * One way for every service (and the gateway) to know who is asking: the access token of the
 * identity provider is checked (signature against the provider's published keys, issuer,
 * audience, expiry), the {@link org.fengqiao.security.Caller} is read from its claims, and each
 * operation is allowed or refused by the service's {@link org.fengqiao.security.AccessPolicy}, the
 * role matrix. Refusals are RFC 9457 problem+json: 401 without a valid token, 403 with one that
 * lacks the role. Rules that depend on the person (the grid cell's own officer, a dispute's
 * assignee, a resident's own records) are decided by the service's use cases with the caller.
 */
package org.fengqiao.security;
