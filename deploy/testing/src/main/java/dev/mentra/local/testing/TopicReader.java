package dev.mentra.local.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads what is really on a topic, with a real consumer, from the beginning: tests assert on the events a service
 * published, not on calls to a mock.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        ensureTopic(bootstrapServers, topic);
        List<PartitionInfo> partitions = partitionsOf(topic);
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
    }

    /**
     * The topic's partitions. Right after a broker (re)start its metadata may list none yet; assigning none would
     * fail the first poll, so ask again for a while.
     */
    private List<PartitionInfo> partitionsOf(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if ((partitions != null && !partitions.isEmpty()) || System.nanoTime() > deadline) {
                if (partitions == null || partitions.isEmpty()) {
                    throw new IllegalStateException("The broker lists no partitions of " + topic);
                }
                return partitions;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Readers may come before the first writer: create the topic as the stack does, with three partitions. */
    private static void ensureTopic(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic, e);
        }
    }

    /** A reader of {@code topic} on the test JVM's broker. */
    public static TopicReader of(String topic) {
        return new TopicReader(KafkaTestResource.shared().bootstrapServers(), topic);
    }

    /**
     * Polls until {@code count} records matching {@code filter} arrived or {@code timeout} passed; returns the
     * matching records seen (fewer than {@code count} on time-out, so the caller's assertion says what is missing).
     */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<ConsumerRecord<String, String>> filter,
                                                      Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (filter.test(r)) {
                    seen.add(r);
                }
            }
        }
        return seen;
    }

    /** Everything matching {@code filter} that arrives within {@code window}: to assert that nothing more came. */
    public List<ConsumerRecord<String, String>> drain(Predicate<ConsumerRecord<String, String>> filter, Duration window) {
        return await(Integer.MAX_VALUE, filter, window);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
