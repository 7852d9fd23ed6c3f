package dev.mentra.platform.outbox;

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
 * key keep their order even when the client retries.
 */
@ApplicationScoped
public class OutboxProducer {

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private volatile KafkaProducer<String, String> producer;

    public OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    /** A record to publish: topic, key, JSON value. */
    public record Record(String topic, String key, String value) {
    }

    /**
     * Sends the records in the given order and completes when Kafka has acknowledged all of them.
     * Runs on a worker thread: {@code send} may block while the client fetches metadata (broker down).
     */
    public Uni<Void> sendAll(List<Record> records) {
        return Uni.createFrom().<Void>completionStage(() -> {
                    KafkaProducer<String, String> p = producer();
                    CompletableFuture<?>[] acks = records.stream()
                            .map(r -> send(p, new ProducerRecord<>(r.topic(), r.key(), r.value())))
                            .toArray(CompletableFuture[]::new);
                    return CompletableFuture.allOf(acks);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static CompletableFuture<RecordMetadata> send(KafkaProducer<String, String> p,
                                                          ProducerRecord<String, String> record) {
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
        return ack;
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
