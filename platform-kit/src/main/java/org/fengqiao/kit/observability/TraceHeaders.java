package org.fengqiao.kit.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The current trace, as the headers that carry it onward ({@code traceparent}, in W3C form): taken
 * when an event is stored with its change, and sent with the event's record, so the consumer's
 * work joins the trace of the request or event that raised it, even though the outbox relay
 * publishes it later, on another thread. Empty when tracing is off or nothing is being traced.
 */
public final class TraceHeaders {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public TraceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The headers of the trace now in scope; empty when there is none. */
    public Map<String, String> current() {
        Tracer current = tracer.getIfAvailable();
        Propagator headers = propagator.getIfAvailable();
        if (current == null || headers == null) {
            return Map.of();
        }
        Span span = current.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        headers.inject(span.context(), carrier, Map::put);
        return Map.copyOf(carrier);
    }
}
