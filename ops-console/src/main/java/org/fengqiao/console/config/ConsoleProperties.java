package org.fengqiao.console.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.fengqiao.events.BrokerLogin;

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
 * @param kafkaUsername  the console's broker login ({@code ops-console}: it may read every topic and
 *                       describe every consumer group, and write nothing); empty: the broker is open
 * @param kafkaPassword  its password
 * @param kafkaSecurityProtocol how the login travels ({@code SASL_PLAINTEXT}, or {@code SASL_SSL})
 */
@ConfigurationProperties("console")
public record ConsoleProperties(String kafkaBrokers, String gatewayUrl, String traceUrl, Duration stalledAfter,
                                int deadLetterShown, String kafkaUsername, String kafkaPassword, String kafkaSecurityProtocol) {

    public ConsoleProperties {
        traceUrl = traceUrl == null ? "" : traceUrl.trim();
        stalledAfter = stalledAfter == null ? Duration.ofSeconds(60) : stalledAfter;
        deadLetterShown = deadLetterShown <= 0 ? 50 : deadLetterShown;
        kafkaUsername = kafkaUsername == null ? "" : kafkaUsername.trim();
        kafkaPassword = kafkaPassword == null ? "" : kafkaPassword;
        kafkaSecurityProtocol = kafkaSecurityProtocol == null || kafkaSecurityProtocol.isBlank() ? "SASL_PLAINTEXT" : kafkaSecurityProtocol.trim();
    }

    /** {@code bootstrap.servers} and, with a login, how the console signs in: for each of its Kafka clients. */
    public Map<String, Object> kafkaClient() {
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", kafkaBrokers);
        if (!kafkaUsername.isEmpty()) {
            client.putAll(new BrokerLogin(kafkaUsername, kafkaPassword).clientProperties(kafkaSecurityProtocol));
        }
        return client;
    }

    @Override
    public String toString() {
        return "ConsoleProperties[" + kafkaBrokers + ", login " + (kafkaUsername.isEmpty() ? "none" : kafkaUsername) + ", " + gatewayUrl + "]";
    }

    /** The trace viewer's link for a trace, or null when none is configured or the trace is unknown. */
    public String traceLink(String traceId) {
        return traceUrl.isEmpty() || traceId == null || traceId.isBlank() ? null : traceUrl.replace("{traceId}", traceId);
    }
}
