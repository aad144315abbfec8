package org.fengqiao.kit.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fengqiao.events.BrokerLogin;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Signs every Kafka client of the service in to the broker when it is given a login
 * ({@code KAFKA_USERNAME} and {@code KAFKA_PASSWORD}): SASL/SCRAM-SHA-256 over
 * {@code KAFKA_SECURITY_PROTOCOL} (default {@code SASL_PLAINTEXT}), set as the binder's client
 * configuration, which the kit's own clients ({@link BrokerClients}) take too. Without a login the
 * clients connect unauthenticated, as to the tests' embedded broker. Settings given explicitly
 * under {@code spring.cloud.stream.kafka.binder.configuration} win.
 */
public class BrokerLoginEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE = "platform-broker-login";
    private static final String CONFIGURATION = "spring.cloud.stream.kafka.binder.configuration.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String username = environment.getProperty("KAFKA_USERNAME", "");
        if (username.isBlank()) {
            return;
        }
        BrokerLogin login = new BrokerLogin(username, environment.getProperty("KAFKA_PASSWORD", ""));
        Map<String, Object> properties = new LinkedHashMap<>();
        login.clientProperties(environment.getProperty("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"))
                .forEach((key, value) -> properties.put(CONFIGURATION + key, value));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties));
    }
}
