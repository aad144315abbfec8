/**
 * Development tokens for one machine ({@code POST /dev/tokens/{personId}}), only under the Spring
 * profile {@code local}.
 */
package org.fengqiao.identity.dev;
