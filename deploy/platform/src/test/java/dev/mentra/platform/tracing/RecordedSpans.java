package dev.mentra.platform.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The tests' span exporter: keeps in memory the spans of sampled traces (those a test starts with a sampled
 * traceparent; nothing else is sampled), in place of the OTLP exporter.
 */
@ApplicationScoped
public class RecordedSpans {

    // one per application start: the SDK shuts its exporter down when the application stops
    private static volatile InMemorySpanExporter exporter;

    @Produces
    @Singleton
    SpanExporter exporter() {
        exporter = InMemorySpanExporter.create();
        return exporter;
    }

    /** The spans of one trace exported so far. */
    public static List<SpanData> of(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
