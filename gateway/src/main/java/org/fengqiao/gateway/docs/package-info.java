/** The gateway's own documents: the AsyncAPI description of the topics ({@code GET /asyncapi.json}). */
package org.fengqiao.gateway.docs;
