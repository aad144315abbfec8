package org.fengqiao.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a client signs in to the platform's broker: SASL/SCRAM-SHA-256 with a principal's name and
 * password ({@code SASL_PLAINTEXT} on the local stack and inside docker-compose's network; a
 * deployment across hosts puts TLS under it, {@code SASL_SSL}). What each principal may write and
 * read is the broker's ACLs (the README's "Broker access").
 */
public record BrokerLogin(String username, String password) {

    public static final String MECHANISM = "SCRAM-SHA-256";

    public BrokerLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank() || password.contains("\"") || username.contains("\"")) {
            throw new IllegalArgumentException("a broker login needs a name, and neither may contain a double quote");
        }
    }

    /** The Kafka client settings besides {@code bootstrap.servers}, for {@code securityProtocol} (e.g. SASL_PLAINTEXT). */
    public Map<String, String> clientProperties(String securityProtocol) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("security.protocol", securityProtocol);
        properties.put("sasl.mechanism", MECHANISM);
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + username + "\" password=\"" + password.replace("\\", "\\\\") + "\";");
        return properties;
    }

    @Override
    public String toString() {
        return "BrokerLogin[" + username + "]";
    }
}
