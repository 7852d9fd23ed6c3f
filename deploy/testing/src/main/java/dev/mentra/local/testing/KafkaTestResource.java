package dev.mentra.local.testing;

import dev.mentra.local.kafka.LocalKafka;
import dev.mentra.local.net.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real Kafka broker (KRaft) for a service's {@code @QuarkusTest}s: one per test JVM, started on first use,
 * stopped when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalKafka broker;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", shared().bootstrapServers(),
                // the broker runs in the test JVM and logs through it: keep its INFO chatter out of test output
                "quarkus.log.category.\"kafka\".level", "WARN",
                "quarkus.log.category.\"state.change.logger\".level", "WARN",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN");
    }

    @Override
    public void stop() {
        // outlives application restarts; stops with the JVM
    }

    /** The JVM's broker, for tests that produce or consume directly. */
    public static synchronized LocalKafka shared() {
        if (broker == null) {
            try {
                broker = LocalKafka.start(Ports.free(), Ports.free(), Files.createTempDirectory("mentra-kafka-"));
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded Kafka did not start", e);
            }
        }
        return broker;
    }
}
