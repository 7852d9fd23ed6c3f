package dev.mentra.local.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Puts records on a topic with a real producer, as another service would (or as a redelivery would). */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** A writer to the test JVM's broker. */
    public static TopicWriter create() {
        return new TopicWriter(KafkaTestResource.shared().bootstrapServers());
    }

    /** Sends and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /**
     * Sends to one partition, whatever the key hashes to: for tests of what happens behind a record on the same
     * partition (Kafka's unit of order) and beside it on the others.
     */
    public void send(String topic, int partition, String key, String value) {
        send(new ProducerRecord<>(topic, partition, key, value));
    }

    /** Sends a record as built (headers included) and waits for the broker's acknowledgement. */
    public void send(ProducerRecord<String, String> record) {
        String topic = record.topic();
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
