package org.fengqiao.kit.messaging;

/**
 * A record this consumer can never process (malformed JSON, missing CloudEvents headers, an
 * unknown event type, a payload that breaks the contract). Not retried: the binder sends it once
 * to the consumer group's dead-letter topic and goes on with the next record.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }

    public EventRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
