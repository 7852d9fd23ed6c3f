package dev.mentra.platform.outbox;

import dev.mentra.platform.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The relay's Kafka producer: idempotent and acks=all, so a record acknowledged is durable and records of one
 * key keep their order even when the client retries. Each record is sent in a {@code publish <topic>} span, a child of
 * the record's trace context, and carries that span's W3C context in its headers for the consumers to continue.
 */
@ApplicationScoped
public class OutboxProducer {

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private final Tracer tracer;
    private volatile KafkaProducer<String, String> producer;

    public OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config,
                          Tracer tracer) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.tracer = tracer;
    }

    /**
     * A record to publish: topic, key, JSON value, and the trace it belongs to (null: none, it starts one).
     */
    public record Record(String topic, String key, String value, TraceHeaders trace) {

        /** A record of the current trace (the span current where it is made). */
        public Record(String topic, String key, String value) {
            this(topic, key, value, TraceHeaders.current());
        }
    }

    /**
     * Sends the records in the given order and completes when Kafka has acknowledged all of them.
     * Runs on a worker thread: {@code send} may block while the client fetches metadata (broker down).
     */
    public Uni<Void> sendAll(List<Record> records) {
        return Uni.createFrom().<Void>completionStage(() -> {
                    KafkaProducer<String, String> p = producer();
                    CompletableFuture<?>[] acks = records.stream()
                            .map(r -> send(p, r))
                            .toArray(CompletableFuture[]::new);
                    return CompletableFuture.allOf(acks);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private CompletableFuture<RecordMetadata> send(KafkaProducer<String, String> p, Record r) {
        Span span = tracer.spanBuilder("publish " + r.topic())
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(r.trace() == null ? Context.root() : r.trace().context())
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.kafka.message.key", r.key())
                .startSpan();
        ProducerRecord<String, String> record = new ProducerRecord<>(r.topic(), r.key(), r.value());
        TraceHeaders published = TraceHeaders.of(Context.root().with(span));
        if (published != null) {
            published.writeTo(record.headers());
        }
        CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
        try {
            p.send(record, (metadata, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack.whenComplete((metadata, error) -> {
            if (error != null) {
                span.recordException(error);
                span.setStatus(StatusCode.ERROR);
            } else {
                span.setAttribute("messaging.destination.partition.id", Integer.toString(metadata.partition()));
                span.setAttribute("messaging.kafka.offset", metadata.offset());
            }
            span.end();
        });
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = create();
                }
                p = producer;
            }
        }
        return p;
    }

    private KafkaProducer<String, String> create() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            // the shared map also carries consumer-only and Quarkus-only keys
            if (ProducerConfig.configNames().contains(k)) {
                props.put(k, v);
            }
        });
        int timeout = (int) config.publishTimeout().toMillis();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout + Math.min(timeout, 10_000));
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "mentra-outbox-relay");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(5));
        }
    }
}
