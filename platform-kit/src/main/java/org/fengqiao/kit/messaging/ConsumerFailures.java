package org.fengqiao.kit.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What every consumer of the platform does with a record it could not process, told apart by why:
 * <ul>
 *   <li><b>Poison</b> ({@link EventRejectedException}: missing headers, an unknown type, malformed
 *       JSON, a payload breaking the contract): dead-lettered at once, never retried.</li>
 *   <li><b>The infrastructure away</b> ({@link TransientFailures}: the store or the broker out of
 *       reach, a timeout, a lost optimistic lock): retried with backoff (from 0.5 s, doubling to
 *       {@code platform.messaging.transient-max-interval}) for as long as it takes, never
 *       dead-lettered. The partition waits meanwhile, so the records behind it keep their order;
 *       each wait is one poll cycle, so the consumer stays in its group.</li>
 *   <li><b>Anything else</b>: retried as the binding's retry settings say (4 attempts by default,
 *       0.5 s, 1 s, 2 s apart), then dead-lettered.</li>
 * </ul>
 * A dead letter keeps the record's key, value and headers and adds, as the Kafka binder's own
 * dead-letter handling names them, {@code x-original-topic}, {@code -partition}, {@code -offset},
 * {@code -timestamp}, {@code x-exception-fqcn}, {@code -message} and {@code -stacktrace}: the
 * replay command and the operations console read those.
 */
public class ConsumerFailures implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailures.class);
    private static final long INITIAL_INTERVAL_MS = 500;

    private final KafkaOperations<Object, Object> deadLetters;
    private final Duration transientMaxInterval;

    public ConsumerFailures(KafkaOperations<Object, Object> deadLetters, Duration transientMaxInterval) {
        this.deadLetters = deadLetters;
        this.transientMaxInterval = transientMaxInterval;
    }

    /** The container handles retries and dead letters itself (below), not the binding. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        DefaultErrorHandler handler = dlqDestinationResolver == null
                ? new DefaultErrorHandler((record, e) -> log.error("{} could not handle {}-{}@{}, and has no dead-letter topic: {}", group,
                        record.topic(), record.partition(), record.offset(), e.toString()), backOff)
                : new DefaultErrorHandler(recoverer(dlqDestinationResolver), backOff);
        handler.addNotRetryableExceptions(EventRejectedException.class);
        // null: the binding's back-off, for failures that are neither poison nor the infrastructure away
        handler.setBackOffFunction((record, e) -> TransientFailures.isTransient(e) ? transientBackOff() : null);
        handler.setRetryListeners((record, e, attempt) -> {
            if (TransientFailures.isTransient(e)) {
                log.warn("{} could not handle {}-{}@{} (attempt {}), the infrastructure is away; trying again: {}", group,
                        record.topic(), record.partition(), record.offset(), attempt, TransientFailures.cause(e));
            }
        });
        container.setCommonErrorHandler(handler);
    }

    private BackOff transientBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(INITIAL_INTERVAL_MS, 2.0);
        backOff.setMaxInterval(Math.max(INITIAL_INTERVAL_MS, transientMaxInterval.toMillis()));
        return backOff;
    }

    private DeadLetterPublishingRecoverer recoverer(BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters, destination);
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.values());
        recoverer.setHeadersFunction(ConsumerFailures::diagnostics);
        return recoverer;
    }

    /** The headers a dead letter gets besides the record's own. */
    static Headers diagnostics(ConsumerRecord<?, ?> record, Exception e) {
        Throwable cause = TransientFailures.cause(e);
        Headers headers = new RecordHeaders();
        add(headers, "x-original-topic", record.topic());
        add(headers, "x-original-partition", String.valueOf(record.partition()));
        add(headers, "x-original-offset", String.valueOf(record.offset()));
        add(headers, "x-original-timestamp", String.valueOf(record.timestamp()));
        add(headers, "x-exception-fqcn", cause.getClass().getName());
        add(headers, "x-exception-message", String.valueOf(cause.getMessage()));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        add(headers, "x-exception-stacktrace", trace.toString());
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Which failures are the infrastructure being away, not the record. */
    public static final class TransientFailures {

        /** Whether {@code e}, or what it wraps, says the store or the broker could not be reached, or timed out. */
        public static boolean isTransient(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof EventRejectedException) {
                    return false;
                }
                if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                        || t instanceof org.springframework.dao.TransientDataAccessException
                        || t instanceof org.springframework.dao.RecoverableDataAccessException
                        || t instanceof com.mongodb.MongoSocketException
                        || t instanceof com.mongodb.MongoTimeoutException
                        || t instanceof org.apache.kafka.common.errors.RetriableException) {
                    return true;
                }
            }
            return false;
        }

        /** What went wrong, past the listener's and the messaging layer's wrappers (and a batch's pointer to its record). */
        public static Throwable cause(Throwable e) {
            Throwable t = e;
            while ((t instanceof ListenerExecutionFailedException || t instanceof MessagingException
                    || t instanceof BatchListenerFailedException) && t.getCause() != null
                    && t.getCause() != t) {
                t = t.getCause();
            }
            return t;
        }

        private TransientFailures() {
        }
    }
}
