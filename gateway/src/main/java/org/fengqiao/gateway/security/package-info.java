/**
 * Who may pass the front door: a valid access token for the API, nothing for the public probes
 * and documents, and the browser origins allowed to call from elsewhere.
 */
package org.fengqiao.gateway.security;
