package org.fengqiao.kit.messaging;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What every Kafka client of a service is given, the kit's own (the outbox's producer, the dead
 * letters' producer, the replay's consumer) as the binder's: the brokers and the binder's client
 * configuration ({@code spring.cloud.stream.kafka.binder.configuration}, where the service's
 * broker login is, see {@link BrokerLoginEnvironmentPostProcessor}).
 */
public final class BrokerClients {

    private final Map<String, Object> properties;

    public BrokerClients(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, Object> properties = new HashMap<>(binder.bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        properties.put("bootstrap.servers", environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"));
        this.properties = Map.copyOf(properties);
    }

    /** {@code bootstrap.servers} and the binder's client configuration, to add a client's own settings to. */
    public Map<String, Object> properties() {
        return new HashMap<>(properties);
    }
}
