package org.fengqiao.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.observability.CorrelationIdFilter;
import org.fengqiao.kit.observability.MongoPingHealthIndicator;
import org.fengqiao.kit.outbox.OutboxCollections;
import org.fengqiao.kit.outbox.OutboxRelay;
import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.outbox.ParkedEvents;
import org.fengqiao.kit.seed.Seed;
import org.fengqiao.kit.seed.SeedRunner;
import org.fengqiao.kit.web.DeadLetterController;
import org.fengqiao.kit.web.IdempotencyKeys;
import org.fengqiao.kit.web.OperationsAccess;
import org.fengqiao.kit.web.OutboxController;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.kit.web.ProblemDetailsAdvice;
import org.fengqiao.kit.messaging.BrokerClients;
import org.fengqiao.kit.messaging.ConsumerFailures;
import org.fengqiao.kit.messaging.EventBatchConsumer;
import org.fengqiao.kit.messaging.EventConsumer;
import org.fengqiao.kit.messaging.DeadLetterReplay;
import org.fengqiao.kit.observability.TraceHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * What every service gets by depending on platform-kit: the outbox relay and its idempotent
 * producer, the correlation id on requests and log lines, problem+json errors and the Mongo ping
 * health check, and (through platform-security) the resource-server checks of every request.
 * Consumers are built with {@link org.fengqiao.kit.messaging.EventConsumer}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@Import({ProblemDetailsAdvice.class, DeadLetterController.class, OutboxController.class})
public class PlatformKitAutoConfiguration {

    private static final String INPUT = "-in-0";

    /**
     * The outbox's producer: idempotent, {@code acks=all}, so an acknowledged event is on all
     * in-sync replicas and a retried send is never written twice.
     */
    @Bean
    BrokerClients brokerClients(Environment environment) {
        return new BrokerClients(environment);
    }

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> outboxProducer(BrokerClients clients, @Value("${spring.application.name}") String application,
                                            MeterRegistry meters) {
        Map<String, Object> config = clients.properties();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // the relay waits longer than this (platform.outbox.send-timeout), so it never gives up on a
        // record the producer may still deliver. Two minutes: the idempotent producer retries a send
        // whose answer was lost under the same sequence number, so the broker keeps it once; a batch
        // given up on and sent again by the relay would be a second record (the fault suite's broker
        // stopped for 30 s once expired a 30 s batch whose first send had been written)
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        new KafkaClientMetrics(producer).bindTo(meters);
        return producer;
    }

    /**
     * Retries and dead letters of every consumer, by why it failed ({@link ConsumerFailures}); dead
     * letters are written by their own idempotent producer.
     */
    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<Object, Object> deadLetterProducers(BrokerClients clients,
                                                                   @Value("${spring.application.name}") String application) {
        Map<String, Object> config = clients.properties();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-dead-letters");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    ConsumerFailures consumerFailures(DefaultKafkaProducerFactory<Object, Object> deadLetterProducers,
                                      @Value("${platform.messaging.transient-max-interval:PT30S}") Duration transientMaxInterval) {
        return new ConsumerFailures(new KafkaTemplate<>(deadLetterProducers), transientMaxInterval);
    }

    /**
     * Replays a dead-letter topic into the binding it belongs to: the binding whose destination and
     * group give that dead-letter topic ({@code dlq-name}, or the binder's default
     * {@code error.<destination>.<group>}), and the consumer bean the binding is named after.
     */
    @Bean
    DeadLetterReplay deadLetterReplay(BrokerClients clients, @Value("${spring.application.name}") String application,
                                      Producer<String, byte[]> outboxProducer, ObjectProvider<BindingServiceProperties> bindings,
                                      Environment environment, ApplicationContext context) {
        return new DeadLetterReplay(clients.properties(), application, deadLetterTopic -> {
            BindingServiceProperties properties = bindings.getIfAvailable();
            if (properties == null) {
                return Optional.empty();
            }
            for (Map.Entry<String, BindingProperties> binding : properties.getBindings().entrySet()) {
                String name = binding.getKey();
                if (!name.endsWith(INPUT) || binding.getValue().getGroup() == null) {
                    continue;
                }
                String dlq = environment.getProperty("spring.cloud.stream.kafka.bindings." + name + ".consumer.dlq-name",
                        "error." + binding.getValue().getDestination() + "." + binding.getValue().getGroup());
                if (dlq.equals(deadLetterTopic)) {
                    Object consumer = consumerOf(name, context);
                    if (consumer instanceof EventConsumer oneAtATime) {
                        return Optional.of(oneAtATime);
                    }
                    if (consumer instanceof EventBatchConsumer batches) {
                        return Optional.of(batches::acceptOne);
                    }
                }
            }
            return Optional.empty();
        }, outboxProducer);
    }

    /** A service whose batch consumer's binding would hand it nothing does not start (see {@link EventBatchConsumer#checkBinding}). */
    @Bean
    SmartInitializingSingleton batchBindingsChecked(ObjectProvider<BindingServiceProperties> bindings, ApplicationContext context) {
        return () -> {
            BindingServiceProperties properties = bindings.getIfAvailable();
            if (properties == null) {
                return;
            }
            properties.getBindings().forEach((name, binding) -> {
                if (consumerOf(name, context) instanceof EventBatchConsumer) {
                    EventBatchConsumer.checkBinding(name, binding.getConsumer());
                }
            });
        };
    }

    /** The consumer bean an input binding ({@code <bean>-in-0}) is named after, or {@code null}. */
    private static Object consumerOf(String binding, ApplicationContext context) {
        if (!binding.endsWith(INPUT)) {
            return null;
        }
        String bean = binding.substring(0, binding.length() - INPUT.length());
        return context.containsBean(bean) ? context.getBean(bean) : null;
    }

    @Bean
    OutboxCollections outboxCollections(MongoMappingContext mappingContext) {
        return new OutboxCollections(mappingContext);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, Producer<String, byte[]> outboxProducer, OutboxCollections collections,
                            @Value("${spring.application.name}") String application,
                            @Value("${platform.outbox.poll-interval:PT0.5S}") Duration pollInterval,
                            @Value("${platform.outbox.sweep-interval:PT30M}") Duration sweepInterval,
                            @Value("${platform.outbox.send-timeout:PT130S}") Duration sendTimeout,
                            @Value("${platform.instance-id:${spring.application.name}}") String instanceId,
                            @Value("${platform.outbox.others-after:PT1M}") Duration othersAfter,
                            Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, outboxProducer, collections, "/" + application, pollInterval, sweepInterval, sendTimeout, meters,
                instanceId, othersAfter, clock);
    }

    @Bean
    ParkedEvents parkedEvents(MongoTemplate mongo, OutboxCollections collections) {
        return new ParkedEvents(mongo, collections);
    }

    @Bean
    TraceHeaders traceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceHeaders(tracer, propagator);
    }

    @Bean
    OutboxStore outboxStore(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, TraceHeaders traceHeaders) {
        return new OutboxStore(mongo, relay, collections, traceHeaders);
    }

    /**
     * The time source of every use case; tests replace it to control deadlines. Millisecond ticks,
     * the precision MongoDB stores, so a time in a response, in an event and in a later read agree.
     */
    /** Every service's seeds, run in order before anything starts. */
    /** Where a test of crash recovery makes this process die ({@code PLATFORM_CRASH_AT}); nowhere by default. */
    @Bean
    org.fengqiao.kit.recovery.CrashPoints crashPoints(@Value("${platform.crash-at:}") List<String> haltAt) {
        return new org.fengqiao.kit.recovery.CrashPoints(haltAt);
    }

    @Bean
    SeedRunner seedRunner(ObjectProvider<Seed> seeds) {
        return new SeedRunner(seeds);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Idempotency-Key on every POST, after the token check (the key is the caller's). */
    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, Clock clock,
                                    @Value("${platform.idempotency.keep-for:P1D}") Duration keepFor,
                                    @Value("${platform.idempotency.abandon-after:PT1M}") Duration abandonAfter) {
        return new IdempotencyKeys(mongo, clock, keepFor, abandonAfter);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeys> idempotencyKeysFilter(IdempotencyKeys keys) {
        FilterRegistrationBean<IdempotencyKeys> registration = new FilterRegistrationBean<>(keys);
        // after Spring Security's filter chain (-100): the caller is known and allowed
        registration.setOrder(0);
        return registration;
    }

    @Bean(name = "mongoPingHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /** Only operators replay dead letters and see parked events. */
    @Bean
    AccessPolicy operationsAccess() {
        return OperationsAccess.policy();
    }

    @Bean
    GridDirectory gridDirectory() {
        return GridDirectory.seeded();
    }
}
