/**
 * The gateway, by concern: {@code routes} (where a request goes and what the service is told
 * about it), {@code security} (the token check and cross-origin access), {@code limits} (rates
 * and body sizes), {@code correlation} (the id that follows a request through the platform).
 * The route table itself and the Swagger UI are configuration ({@code application.yml}).
 */
package org.fengqiao.gateway;
