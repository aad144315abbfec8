/**
 * Where a request goes. The route table is configuration ({@code spring.cloud.gateway.server.webmvc.routes}
 * in {@code application.yml}): each service's paths, its operators' endpoints under
 * {@code /api/v1/ops/{service}/...} and its API document under {@code /v3/api-docs/{service}}.
 * Here: what the service is told about the client's address, what the gateway keeps for itself
 * from the service's answer, and how an unreachable service is reported.
 */
package org.fengqiao.gateway.routes;
