package dev.mentra.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A W3C trace context as text that outlives the work it belongs to: stored with an outbox event, carried in a Kafka
 * record's headers, turned back into the parent of the work that follows.
 *
 * @param traceparent the {@code traceparent} header value
 * @param tracestate  the {@code tracestate} header value, or null when the trace has none
 */
public record TraceHeaders(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The context of the current span, or null when there is no valid one. */
    public static TraceHeaders current() {
        return of(Context.current());
    }

    /** The context of the span in {@code context}, or null when there is no valid one. */
    public static TraceHeaders of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>(4);
        W3C.inject(context, headers, Map::put);
        String traceparent = headers.get(TRACEPARENT);
        return traceparent == null ? null : new TraceHeaders(traceparent, headers.get(TRACESTATE));
    }

    /** What a Kafka record carries, or null when it carries no trace context. */
    public static TraceHeaders of(Headers headers) {
        String traceparent = last(headers, TRACEPARENT);
        return traceparent == null ? null : new TraceHeaders(traceparent, last(headers, TRACESTATE));
    }

    /** The remote span these headers name, as a parent for the work that continues the trace. */
    public Context context() {
        return W3C.extract(Context.root(), this, GETTER);
    }

    /** Sets (replaces) the trace headers of a Kafka record. */
    public void writeTo(Headers headers) {
        headers.remove(TRACEPARENT).add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        headers.remove(TRACESTATE);
        if (tracestate != null && !tracestate.isEmpty()) {
            headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String last(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final TextMapGetter<TraceHeaders> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceHeaders carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceHeaders carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> carrier.traceparent();
                case TRACESTATE -> carrier.tracestate();
                default -> null;
            };
        }
    };
}
