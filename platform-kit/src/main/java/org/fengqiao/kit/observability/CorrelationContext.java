package org.fengqiao.kit.observability;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * The correlation id of the flow the current thread works on, and the id of what caused the
 * current work (an event id). Kept in the logging MDC, so every log line carries it, and read by
 * the outbox so every event raised here carries it on.
 */
public final class CorrelationContext {

    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /** The current correlation id, or a new one when the work did not come from a flow. */
    public static String correlationId() {
        String id = MDC.get(CORRELATION_ID);
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** The id of the event (or request) that caused the current work, if known. */
    public static String causationId() {
        return MDC.get(CAUSATION_ID);
    }

    /** Runs {@code work} inside a flow, restoring the previous context afterwards. */
    public static void run(String correlationId, String causationId, Runnable work) {
        String previousCorrelation = MDC.get(CORRELATION_ID);
        String previousCausation = MDC.get(CAUSATION_ID);
        put(CORRELATION_ID, correlationId);
        put(CAUSATION_ID, causationId);
        try {
            work.run();
        } finally {
            put(CORRELATION_ID, previousCorrelation);
            put(CAUSATION_ID, previousCausation);
        }
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private CorrelationContext() {
    }
}
