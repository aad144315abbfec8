package org.fengqiao.console.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the console is connected to ({@code console.*}).
 *
 * @param kafkaBrokers   the broker the console reads every topic from (read only)
 * @param gatewayUrl     where the console reaches the services' APIs, as the operator
 * @param traceUrl       a trace viewer's address for one trace, with {@code {traceId}} in it (for
 *                       example Zipkin's {@code http://localhost:9411/zipkin/traces/{traceId}}); empty:
 *                       no links to traces
 * @param stalledAfter   a consumer group with lag whose committed offsets have not moved for this
 *                       long is shown as stalled
 * @param deadLetterShown how many of each dead-letter topic's latest records are shown
 */
@ConfigurationProperties("console")
public record ConsoleProperties(String kafkaBrokers, String gatewayUrl, String traceUrl, Duration stalledAfter,
                                int deadLetterShown) {

    public ConsoleProperties {
        traceUrl = traceUrl == null ? "" : traceUrl.trim();
        stalledAfter = stalledAfter == null ? Duration.ofSeconds(60) : stalledAfter;
        deadLetterShown = deadLetterShown <= 0 ? 50 : deadLetterShown;
    }

    /** The trace viewer's link for a trace, or null when none is configured or the trace is unknown. */
    public String traceLink(String traceId) {
        return traceUrl.isEmpty() || traceId == null || traceId.isBlank() ? null : traceUrl.replace("{traceId}", traceId);
    }
}
